package cn.perftarget.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.perftarget.bpmn.TargetApprovalProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two application nodes, separate JVMs of the real application on their own ports, on one PostgreSQL (Debian's
 * server, the roles and database of the README): the way the system scales out — a Camunda cluster on a shared
 * database, sessions sticky to their node behind nginx ({@code docs/nginx/perftarget.conf}). The first node starts on
 * an empty database with demo mode (demo work at every step), the second joins it. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw -B -Pcluster -pl ui -am test}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOneDatabaseTest {

    private static final String DB = "perftarget";
    private static final String DEMO_PASSWORD = "demo123";
    private static final Duration START = Duration.ofMinutes(6);
    private static final Duration REMINDER_CHECK = Duration.ofSeconds(3);

    private Workspace work;
    private DebianPostgres pg;
    private AppNode a;
    private AppNode b;
    private Connection owner;

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        Optional<Path> bin = DebianPostgres.binaries();
        assumeTrue(bin.isPresent(), "Debian's postgresql is not installed (apt-get install postgresql)");
        work = new Workspace("cluster");
        pg = DebianPostgres.start(bin.get(), work.dir.resolve("db"));
        pg.createDatabase(DB);
        a = node("node-a", "n1").awaitUp(START);
        b = node("node-b", "n2").awaitUp(START);
        owner = pg.owner(DB);
    }

    private AppNode node(String name, String route) throws Exception {
        return AppNode.start(
                name,
                work.dir,
                work.nodeEnvironment(pg, DB, route),
                // names the node in the engine's job log (ACT_HI_JOB_LOG.HOSTNAME_): which node ran a job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // both nodes check the budget rounds' 提交提醒 every few seconds (the default: every hour)
                "--perftarget.rounds.reminder-first-check=PT5S",
                "--perftarget.rounds.reminder-check=" + REMINDER_CHECK);
    }

    @AfterAll
    void stop() throws Exception {
        if (owner != null) {
            owner.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {b, a, pg}) {
            if (c != null) {
                c.close();
            }
        }
        if (work != null) {
            work.delete();
        }
    }

    @Test
    void bothNodesServeSignInAndActions() throws Exception {
        for (AppNode node : List.of(a, b)) {
            WebSession browser = new WebSession(node.base());
            assertThat(browser.signIn("bianzhi", DEMO_PASSWORD))
                    .as("sign-in on %s", node.name)
                    .doesNotContain("error");
            assertThat(browser.get("/").statusCode())
                    .as("home page on %s", node.name)
                    .isEqualTo(200);
            assertThat(browser.sessionId())
                    .hasValueSatisfying(id -> assertThat(id)
                            .as("the node's route in its session id")
                            .endsWith(node == a ? ".n1" : ".n2"));
        }

        // claimed on one node, passed on the other, and at the fiscal review on the first
        Bearer department = Bearer.issue(owner, "bumen");
        Bearer fiscal = Bearer.issue(owner, "caizheng");
        JsonNode task = firstClaimable(department, a, TargetApprovalProcess.DEPARTMENT_REVIEW);
        String taskId = task.get("task_id").asText();
        long tableId = task.get("table_id").asLong();
        assertThat(department.post(a.base(), "/tasks/" + taskId + "/claim", "").statusCode())
                .isEqualTo(200);
        HttpResponse<String> passed =
                department.post(b.base(), "/tasks/" + taskId + "/pass", "{\"comment\":\"node-b passes\"}");
        assertThat(passed.statusCode()).as(passed.body()).isEqualTo(200);
        assertThat(passed.body()).contains("\"to_status\":\"FISCAL_REVIEW\"");
        assertThat(tableIds(fiscal.json(a.base(), "/tasks?tab=CLAIMABLE&limit=500")))
                .as("the fiscal reviewer's 待认领 on node A")
                .contains(tableId);
        assertThat(department.json(a.base(), "/tables/" + tableId).get("status").asText())
                .isEqualTo("FISCAL_REVIEW");
    }

    @Test
    void aTaskClaimedOnOneNodeIsClaimedOnTheOther() throws Exception {
        Bearer claimer = Bearer.issue(owner, "bumen2");
        Bearer colleague = Bearer.issue(owner, "bumen");
        JsonNode task = firstClaimable(claimer, a, TargetApprovalProcess.DEPARTMENT_REVIEW);
        String taskId = task.get("task_id").asText();

        HttpResponse<String> claimed = claimer.post(a.base(), "/tasks/" + taskId + "/claim", "");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);

        JsonNode mineOnB = claimer.json(b.base(), "/tasks?tab=MINE&limit=500");
        assertThat(taskIds(mineOnB)).as("我的待办 of the claimer on node B").contains(taskId);
        assertThat(row(mineOnB, taskId).get("assignee").asText()).isEqualTo("bumen2");
        assertThat(taskIds(colleague.json(b.base(), "/tasks?tab=CLAIMABLE&limit=500")))
                .as("待认领 of a colleague on node B")
                .doesNotContain(taskId);
        HttpResponse<String> second = colleague.post(b.base(), "/tasks/" + taskId + "/claim", "");
        assertThat(second.statusCode())
                .as("a second claim on node B: %s", second.body())
                .isEqualTo(409);
        assertThat(second.body()).contains("\"code\":\"conflict\"");
    }

    /**
     * Every review timer of the demo's open reviews (reminders and escalations, department and fiscal) is made due at
     * once — its job's due date moved into the past by the owner role, the way an operator would — while the job
     * executors of both nodes run: each timer runs once, on one node, and writes each notification once.
     */
    @Test
    void aReviewTimerFiresOnceWithTwoJobExecutors() throws Exception {
        Bearer reviewer = Bearer.issue(owner, "bumen-gw");
        JsonNode task = firstClaimable(reviewer, b, TargetApprovalProcess.DEPARTMENT_REVIEW);
        String taskId = task.get("task_id").asText();
        assertThat(reviewer.post(b.base(), "/tasks/" + taskId + "/claim", "").statusCode())
                .isEqualTo(200);

        List<String> timerActivities =
                List.of("departmentReviewDue", "departmentReviewOverdue", "fiscalReviewDue", "fiscalReviewOverdue");
        Map<String, String> jobs = new LinkedHashMap<>(); // job id → its task's id
        int reminderTimers = 0;
        try (PreparedStatement st = owner.prepareStatement("""
                select j.id_, t.id_, d.act_id_
                from act_ru_job j
                join act_ru_jobdef d on d.id_ = j.job_def_id_
                join act_ru_task t on t.proc_inst_id_ = j.process_instance_id_
                 and t.task_def_key_ = case when d.act_id_ like 'department%' then 'departmentReview'
                                            else 'fiscalReview' end
                where j.process_def_key_ = ? and d.act_id_ = any (?)""")) {
            st.setString(1, TargetApprovalProcess.PROCESS_KEY);
            st.setArray(2, owner.createArrayOf("varchar", timerActivities.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    jobs.put(rs.getString(1), rs.getString(2));
                    reminderTimers += rs.getString(3).endsWith("ReviewDue") ? 1 : 0;
                }
            }
        }
        assertThat(jobs).as("the claimed task's two timers").containsValue(taskId);
        assertThat(jobs.size()).as("timers of several open reviews").isGreaterThan(4);
        assertThat(notifications(jobs.values(), "REMINDER") + notifications(jobs.values(), "ESCALATION"))
                .as("nothing notified before the timers are due")
                .isZero();

        long remindersBefore = auditEntries("REMIND");
        try (PreparedStatement st = owner.prepareStatement(
                "update act_ru_job set duedate_ = now() - interval '1 minute' where id_ = any (?)")) {
            st.setArray(1, owner.createArrayOf("varchar", jobs.keySet().toArray()));
            assertThat(st.executeUpdate()).isEqualTo(jobs.size());
        }

        // an idle executor polls at most every 60 s (max-wait): both nodes see the due jobs within about a minute
        long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (remaining(jobs.keySet()) > 0 && System.nanoTime() < end) {
            Thread.sleep(1000);
        }
        assertThat(remaining(jobs.keySet())).as("every due timer ran").isZero();

        // every timer job ran exactly once (one successful execution in the engine's job log), on either node
        Map<String, Integer> successes = new LinkedHashMap<>();
        Set<String> hosts = new HashSet<>();
        try (PreparedStatement st = owner.prepareStatement(
                "select job_id_, hostname_ from act_hi_job_log where job_id_ = any (?) and job_state_ = 2")) {
            st.setArray(1, owner.createArrayOf("varchar", jobs.keySet().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    successes.merge(rs.getString(1), 1, Integer::sum);
                    hosts.add(rs.getString(2));
                }
            }
        }
        assertThat(successes.keySet()).containsExactlyInAnyOrderElementsOf(jobs.keySet());
        assertThat(successes.values()).as("executions per job").containsOnly(1);
        assertThat(hosts).as("the nodes that ran them").isSubsetOf("node-a", "node-b");
        assertThat(a.logText() + b.logText()).doesNotContain("ENGINE-14006"); // "Exception while executing job"

        // the claimed task: exactly one reminder, to its assignee
        try (PreparedStatement st =
                owner.prepareStatement("select recipient from notification where task_id = ? and kind = 'REMINDER'")) {
            st.setString(1, taskId);
            List<String> recipients = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    recipients.add(rs.getString(1));
                }
            }
            assertThat(recipients).containsExactly("bumen-gw");
        }
        // and no notification of any timer twice
        try (PreparedStatement st = owner.prepareStatement("""
                select task_id, kind, recipient, count(*) from notification
                where task_id = any (?) group by task_id, kind, recipient having count(*) > 1""")) {
            st.setArray(1, owner.createArrayOf("varchar", new HashSet<>(jobs.values()).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("a notification written twice").isFalse();
            }
        }
        assertThat(notifications(jobs.values(), "REMINDER")).isPositive();
        // one REMIND entry in a table's history per reminder timer
        assertThat(auditEntries("REMIND") - remindersBefore).isEqualTo(reminderTimers);
    }

    /**
     * The demo's budget round (2020, region 130311) gets a submission deadline tomorrow, so its 提交提醒 is due, while
     * the reminder checks of both nodes run every few seconds. The test's own transaction holds the rows
     * {@code budget_round_reminder(round, unit)} of the units due (inserted, not committed) until both nodes wait on
     * them — two reminder transactions at once, one per node (a node runs its checks one after the other) — and then
     * rolls back: the nodes race for the same rows. Each unit is reminded once (one row, one log line on one node) and
     * each of its drafters gets exactly one reminder, also after several more checks of both nodes.
     */
    @Test
    void aRoundDeadlineReminderIsSentOnceWithTwoNodes() throws Exception {
        long roundId;
        String region;
        int year;
        try (PreparedStatement st = owner.prepareStatement(
                        "select id, region_code, fiscal_year from budget_round where state = 'OPEN'");
                ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).as("the demo's open round").isTrue();
            roundId = rs.getLong(1);
            region = rs.getString(2);
            year = rs.getInt(3);
            assertThat(rs.next()).as("one open round").isFalse();
        }
        // the units with tables of the year never submitted, and their enabled drafters
        Map<Long, Set<String>> drafters = new LinkedHashMap<>();
        try (PreparedStatement st = owner.prepareStatement("""
                select distinct t.unit_id, a.username
                  from target_table t join organisation u on u.id = t.unit_id
                  join app_user a on a.organisation_id = t.unit_id and a.enabled
                  join user_role r on r.user_id = a.id and r.role = 'DRAFTER'
                 where u.region_code = ? and t.fiscal_year = ? and t.status = 'DRAFTING'
                   and t.submitted_at is null and t.process_instance_id is null
                 order by t.unit_id, a.username""")) {
            st.setString(1, region);
            st.setInt(2, year);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    drafters.computeIfAbsent(rs.getLong(1), u -> new HashSet<>())
                            .add(rs.getString(2));
                }
            }
        }
        assertThat(drafters.values().stream().flatMap(Set::stream))
                .as("the drafters of the demo's unsubmitted tables")
                .contains("bianzhi");
        assertThat(roundReminders())
                .as("no reminder 14 days before the deadline")
                .isEmpty();
        assertThat(remindedUnits(roundId)).isEmpty();

        try (Connection holder = pg.owner(DB)) {
            holder.setAutoCommit(false);
            try (PreparedStatement st = holder.prepareStatement("""
                    insert into budget_round_reminder (round_id, unit_id, reminded_at, recipients)
                    values (?, ?, now(), 0)""")) {
                for (long unit : drafters.keySet()) {
                    st.setLong(1, roundId);
                    st.setLong(2, unit);
                    st.addBatch();
                }
                st.executeBatch();
            }
            // the deadline tomorrow (Beijing): at most one working day ahead, within the round's reminder days
            try (PreparedStatement st =
                    owner.prepareStatement("update budget_round set submission_deadline = ? where id = ?")) {
                st.setObject(1, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
                st.setLong(2, roundId);
                assertThat(st.executeUpdate()).isEqualTo(1);
            }
            long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (waitingOn(holder) < 2 && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            assertThat(waitingOn(holder))
                    .as("reminder transactions of both nodes waiting on the same rows")
                    .isEqualTo(2);
            holder.rollback();
        }

        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (remindedUnits(roundId).size() < drafters.size() && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        // several more checks of both nodes
        Thread.sleep(REMINDER_CHECK.multipliedBy(4).toMillis());

        Map<Long, Integer> expectedRows = new LinkedHashMap<>();
        drafters.forEach((unit, names) -> expectedRows.put(unit, names.size()));
        assertThat(remindedUnits(roundId))
                .as("one reminder row per unit, with its recipients")
                .isEqualTo(expectedRows);
        Map<String, Integer> expected = new LinkedHashMap<>();
        drafters.values().forEach(names -> names.forEach(n -> expected.put(n, 1)));
        assertThat(roundReminders()).as("提交提醒 per drafter").isEqualTo(expected);

        String logs = a.logText() + b.logText();
        assertThat(logs).doesNotContain("the reminder check failed");
        Matcher sent = Pattern.compile("budget rounds: (\\d+) units reminded").matcher(logs);
        int logged = 0;
        while (sent.find()) {
            logged += Integer.parseInt(sent.group(1));
        }
        assertThat(logged).as("units reminded, as both nodes' logs say").isEqualTo(drafters.size());
    }

    /** The transactions waiting for the given connection's transaction to end (one per node here). */
    private static int waitingOn(Connection holder) throws Exception {
        try (PreparedStatement st = holder.prepareStatement("""
                select count(distinct w.pid) from pg_locks w
                  join pg_locks h on h.locktype = 'transactionid' and h.transactionid = w.transactionid
                 where h.pid = pg_backend_pid() and h.granted and w.locktype = 'transactionid' and not w.granted""");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The round's reminder rows: unit → recipients. */
    private Map<Long, Integer> remindedUnits(long roundId) throws Exception {
        Map<Long, Integer> units = new LinkedHashMap<>();
        try (PreparedStatement st = owner.prepareStatement(
                "select unit_id, recipients from budget_round_reminder where round_id = ? order by unit_id")) {
            st.setLong(1, roundId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return units;
    }

    /** The 提交提醒 notifications per recipient. */
    private Map<String, Integer> roundReminders() throws Exception {
        Map<String, Integer> perRecipient = new LinkedHashMap<>();
        try (PreparedStatement st = owner.prepareStatement(
                        "select recipient, count(*) from notification where kind = 'ROUND_REMINDER' group by recipient");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                perRecipient.put(rs.getString(1), rs.getInt(2));
            }
        }
        return perRecipient;
    }

    private long auditEntries(String action) throws Exception {
        try (PreparedStatement st = owner.prepareStatement("select count(*) from audit_entry where action = ?")) {
            st.setString(1, action);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void behindNginxASignedInSessionStaysOnItsNodeAndBothNodesReceiveSessions() throws Exception {
        assumeTrue(Nginx.installed(), "nginx is not installed (apt-get install -y nginx): the nginx test is skipped");
        try (Nginx nginx = Nginx.start(work.dir.resolve("nginx"), a, b)) {
            Map<String, Integer> sessionsPerNode = new LinkedHashMap<>();
            for (int i = 0; i < 6; i++) {
                WebSession browser = new WebSession(nginx.base());
                String location = browser.signIn(i % 2 == 0 ? "bianzhi" : "bumen", DEMO_PASSWORD);
                assertThat(location).as("sign-in through nginx").doesNotContain("error");
                String session = browser.sessionId().orElseThrow();
                AppNode home = session.endsWith(".n1") ? a : b;
                AppNode other = home == a ? b : a;
                assertThat(session).matches(".*\\.n[12]$");
                sessionsPerNode.merge(home.name, 1, Integer::sum);
                for (int r = 0; r < 8; r++) {
                    HttpResponse<String> page = browser.get("/");
                    assertThat(page.statusCode())
                            .as("request %d of a session of %s through nginx", r, home.name)
                            .isEqualTo(200);
                }
                // the session lives on its node only: that node knows it, the other sends to the login
                assertThat(WebSession.getWithSession(home.base(), "/", session).statusCode())
                        .isEqualTo(200);
                assertThat(WebSession.getWithSession(other.base(), "/", session)
                                .headers()
                                .firstValue("Location"))
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            }
            // the first request of each sign-in (no session yet) went round robin
            assertThat(sessionsPerNode).as("sessions per node").containsOnlyKeys("node-a", "node-b");
            // the forwarded host and port are believed from the trusted proxy: redirects point at nginx
            assertThat(new WebSession(nginx.base()).get("/").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).isIn("/login", nginx.base() + "/login"));
        }
    }

    private int remaining(Set<String> jobIds) throws Exception {
        try (PreparedStatement st = owner.prepareStatement("select count(*) from act_ru_job where id_ = any (?)")) {
            st.setArray(1, owner.createArrayOf("varchar", jobIds.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long notifications(java.util.Collection<String> taskIds, String kind) throws Exception {
        try (PreparedStatement st =
                owner.prepareStatement("select count(*) from notification where task_id = any (?) and kind = ?")) {
            st.setArray(1, owner.createArrayOf("varchar", new HashSet<>(taskIds).toArray()));
            st.setString(2, kind);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static JsonNode firstClaimable(Bearer reviewer, AppNode node, String taskKey) throws Exception {
        for (JsonNode item :
                reviewer.json(node.base(), "/tasks?tab=CLAIMABLE&limit=500").get("items")) {
            if (item.get("task_key").asText().equals(taskKey)) {
                return item;
            }
        }
        throw new IllegalStateException("no task " + taskKey + " to claim");
    }

    private static List<String> taskIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("task_id").asText()));
        return ids;
    }

    private static List<Long> tableIds(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("table_id").asLong()));
        return ids;
    }

    private static JsonNode row(JsonNode page, String taskId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("task_id").asText().equals(taskId)) {
                return item;
            }
        }
        throw new IllegalStateException("no row of task " + taskId);
    }
}
