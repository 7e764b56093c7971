package cn.perftarget.workflow.inbox;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The tabs read from the projections {@code open_task} (one index scan per holder) and {@code done_task} give exactly
 * the rows and counts the exact way gives (every open or done task of the user joined with its table,
 * {@link InboxSql}), for every tab × sort × direction, on the first and later pages, and for every filter of the grid
 * and the API — after each step of a random walk through what happens to tasks and tables: submissions, claims,
 * give-backs, transfers, passes to the fiscal section, returns and withdrawals (the table moves through its statuses),
 * an operator's due dates and extra candidate groups (the engine API, as Tasklist/Cockpit do), a unit's edit of a
 * returned table (name and 预算数) and a repair of a table by hand. The users are two drafters, a drafter who also reviews
 * (separation of duties), three department reviewers and the fiscal section's reviewer. The seed is random and printed
 * with each failure; set {@code -Dinbox.seed=…} to replay one.
 */
class InboxProjectionComparisonTest extends WorkflowTestSupport {

    /** Seed 004 tables of unit 442001 without ERROR findings, of different names and 预算数. */
    private static final int[] CLEAN = {0, 3, 4, 5, 6, 7, 8, 9};

    private static final int STEPS = 40;

    private int doneRowsCompared;

    @Test
    void theProjectionGivesThePagesAndCountsOfTheExactWayThroughARandomWalk() {
        long seed = Long.getLong("inbox.seed", new Random().nextLong());
        Random random = new Random(seed);
        TestOrganisation org = newOrganisation();
        AppUser dual = users.save(
                "dual-p-" + org.unit2.code(),
                "双职丁",
                "{noop}unused",
                org.unit2.id(),
                Set.of(Role.DRAFTER, Role.DEPT_REVIEWER),
                false);
        World world = new World(
                org,
                List.of(org.drafter1, org.drafter2, dual, org.reviewer1, org.reviewer2, org.lead, org.fiscal),
                new ArrayList<>(),
                new HashMap<>());
        for (int i = 0; i < CLEAN.length; i++) {
            AppUser drafter = i % 3 == 0 ? org.drafter1 : i % 3 == 1 ? org.drafter2 : dual;
            long id = create(drafter, SeedContent.qhd(CLEAN[i]));
            approvals.submit(drafter, id);
            world.tables().add(id);
            world.drafters().put(id, drafter);
        }
        String context = "seed " + seed;
        assertProjectionsConsistent();
        compare(world, random, context + ", after the submissions");
        scripted(world);
        assertProjectionsConsistent();
        compare(world, random, context + ", after the scripted steps");
        int done = 0;
        for (int step = 1; step <= STEPS; step++) {
            String what = step(world, random);
            if (!what.startsWith("refused")) {
                done++;
            }
            String at = context + ", step " + step + " (" + what + ")";
            assertProjectionsConsistent();
            if (step % 5 == 0) {
                compare(world, random, at);
            }
        }
        assertThat(done).as(context + ": steps that changed something").isGreaterThan(STEPS * 2 / 3);
        assertThat(doneRowsCompared)
                .as(context + ": rows of the done tab compared")
                .isPositive();
    }

    /** Each path of the triggers once, whatever the seed. */
    private void scripted(World w) {
        TestOrganisation org = w.org();
        long t0 = w.tables().get(0);
        long t1 = w.tables().get(1);
        // claimed, transferred, passed to the fiscal section, claimed and given back there
        approvals.claim(org.reviewer1, taskId(t0));
        approvals.transfer(org.reviewer1, taskId(t0), org.reviewer2.username(), "请协助");
        approvals.pass(org.reviewer2, taskId(t0), null);
        approvals.claim(org.fiscal, taskId(t0));
        approvals.unclaim(org.fiscal, taskId(t0));
        // returned to the unit and edited there: its name and 预算数 change
        approvals.claim(org.reviewer1, taskId(t1));
        approvals.returnToUnit(org.reviewer1, taskId(t1), "请补充");
        TargetTable content = table(t1).content();
        approvals.saveDraft(
                w.drafters().get(t1),
                t1,
                renamed(content, "啊" + content.projectName())
                        .withAmounts(
                                MoneyCell.of(new BigDecimal("99999.99")), content.fiscalFunds(), content.otherFunds()),
                table(t1).version());
        // three more passed by one reviewer: their 已办 has more rows than a later page skips
        for (int i : new int[] {2, 6, 7}) {
            approvals.claim(org.reviewer1, taskId(w.tables().get(i)));
            approvals.pass(org.reviewer1, taskId(w.tables().get(i)), null);
        }
        // an operator's due dates (one past: overdue) and an extra candidate group of the dual-role user
        String t3 = taskId(w.tables().get(3));
        asTheService(() -> taskService.setDueDate(t3, Date.from(Instant.now().minus(2, ChronoUnit.DAYS))));
        String t4 = taskId(w.tables().get(4));
        asTheService(() -> taskService.setDueDate(t4, null));
        asTheService(() -> taskService.addCandidateGroup(t4, CandidateGroups.drafters(org.unit2.code())));
        // a repair by hand: no 预算数
        jdbc.update(
                "update target_table set budget = null where id = ?", w.tables().get(5));
    }

    private void assertProjectionsConsistent() {
        OpenTaskProjectionTest.assertConsistent(jdbc);
        DoneTaskProjectionTest.assertConsistent(jdbc);
    }

    private record World(TestOrganisation org, List<AppUser> people, List<Long> tables, Map<Long, AppUser> drafters) {}

    /** One random change of a task or a table, one that applies to it; returns what it did (for the message). */
    private String step(World w, Random random) {
        long table = w.tables().get(random.nextInt(w.tables().size()));
        Task task = task(table);
        if (task == null) {
            return "refused: table " + table + " waits for nothing";
        }
        String id = task.getId();
        AppUser assignee = task.getAssignee() == null ? null : user(task.getAssignee());
        AppUser reviewer = List.of(
                        w.org().reviewer1,
                        w.org().reviewer2,
                        w.org().lead,
                        w.people().get(2))
                .get(random.nextInt(4));
        AppUser drafter = w.drafters().get(table);
        List<String> actions = new ArrayList<>(List.of("due date", "candidate group", "repair"));
        switch (task.getTaskDefinitionKey()) {
            case TargetApprovalProcess.DEPARTMENT_REVIEW, TargetApprovalProcess.FISCAL_REVIEW -> {
                boolean department = task.getTaskDefinitionKey().equals(TargetApprovalProcess.DEPARTMENT_REVIEW);
                if (assignee == null) {
                    actions.addAll(List.of("claim", "claim", "withdraw"));
                } else {
                    actions.addAll(List.of("unclaim", "transfer", department ? "pass" : "grade", "return"));
                }
            }
            case TargetApprovalProcess.REVISE -> actions.addAll(List.of("edit", "edit", "submit"));
            case TargetApprovalProcess.UNIT_CONFIRMATION -> actions.add("accept");
            default -> {}
        }
        String action = actions.get(random.nextInt(actions.size()));
        boolean atFiscal = task.getTaskDefinitionKey().equals(TargetApprovalProcess.FISCAL_REVIEW);
        try {
            switch (action) {
                case "claim" -> approvals.claim(atFiscal ? w.org().fiscal : reviewer, id);
                case "withdraw" -> approvals.withdraw(drafter, table);
                case "unclaim" -> approvals.unclaim(requireNonNull(assignee), id);
                case "transfer" ->
                    approvals.transfer(
                            requireNonNull(assignee),
                            id,
                            (atFiscal
                                            ? w.org().fiscal
                                            : assignee == w.org().reviewer1 ? w.org().reviewer2 : w.org().reviewer1)
                                    .username(),
                            "请协助");
                case "pass" -> approvals.pass(requireNonNull(assignee), id, null);
                case "grade" -> approvals.grade(requireNonNull(assignee), id, Grade.FAIR, "请修改", null);
                case "return" -> {
                    if (atFiscal) {
                        approvals.grade(requireNonNull(assignee), id, Grade.FAIR, "请补充", null);
                    } else {
                        approvals.returnToUnit(requireNonNull(assignee), id, "请补充");
                    }
                }
                case "edit" -> {
                    // the unit edits its returned table: its name and 预算数 change
                    TargetTable content = table(table).content();
                    BigDecimal budget = BigDecimal.valueOf(random.nextInt(100_000), 2);
                    TargetTable edited = renamed(content, "改" + random.nextInt(1000) + content.projectName())
                            .withAmounts(MoneyCell.of(budget), content.fiscalFunds(), content.otherFunds());
                    approvals.saveDraft(drafter, table, edited, table(table).version());
                }
                case "submit" -> approvals.submit(drafter, table);
                case "accept" -> approvals.accept(drafter, id);
                case "due date" -> {
                    // an operator's due date in Cockpit: some in the past (overdue), some far ahead, some none
                    Date due = random.nextInt(5) == 0
                            ? null
                            : Date.from(Instant.now()
                                    .plus(random.nextInt(21) - 7, ChronoUnit.DAYS)
                                    .truncatedTo(ChronoUnit.SECONDS));
                    asTheService(() -> taskService.setDueDate(id, due));
                }
                case "candidate group" ->
                    asTheService(() -> taskService.addCandidateGroup(
                            id,
                            random.nextBoolean()
                                    ? CandidateGroups.drafters(w.org().unit2.code())
                                    : CandidateGroups.departmentReviewers(
                                            w.org().department.code())));
                default -> {
                    // a repair by hand (or a bulk load): the table's columns change outside the services
                    jdbc.update(
                            "update target_table set budget = ?, project_name = ? where id = ?",
                            random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000), 2),
                            "修" + random.nextInt(1000),
                            table);
                }
            }
            return action + " on table " + table;
        } catch (RuntimeException refused) {
            return "refused: " + action + " on table " + table + ": " + refused;
        }
    }

    private static TargetTable renamed(TargetTable t, String name) {
        return t.withProject(t.projectCode(), name);
    }

    /** Every tab × sort × direction on two pages; every filter on two pages of a random order; the counts. */
    private void compare(World w, Random random, String at) {
        int rows = 0;
        for (AppUser user : w.people()) {
            for (InboxTab tab : InboxTab.values()) {
                for (SortKey sort : SortKey.values()) {
                    for (boolean descending : List.of(false, true)) {
                        int compared = same(user, tab, InboxFilter.NONE, new PageRequest(0, 50, sort, descending), at);
                        rows += compared;
                        doneRowsCompared += tab == InboxTab.DONE ? compared : 0;
                        same(user, tab, InboxFilter.NONE, new PageRequest(2, 3, sort, descending), at);
                    }
                }
                for (InboxFilter filter : filters(w)) {
                    SortKey sort = SortKey.values()[random.nextInt(SortKey.values().length)];
                    boolean descending = random.nextBoolean();
                    same(user, tab, filter, new PageRequest(0, 50, sort, descending), at);
                    same(user, tab, filter, new PageRequest(1, 2, sort, descending), at);
                }
            }
            for (InboxFilter filter : filters(w)) {
                assertThat(inbox.counts(user, filter))
                        .as(at + ": counts of " + user.username() + " under " + filter)
                        .isEqualTo(inbox.exactCounts(user, filter));
            }
        }
        assertThat(rows).as(at + ": rows compared").isPositive();
    }

    /** The grid's and the API's filters, alone and together. */
    private List<InboxFilter> filters(World w) {
        String someName = table(w.tables().get(0)).content().projectName();
        String someCode = table(w.tables().get(1)).content().projectCode();
        return List.of(
                InboxFilter.NONE.withFiscalYear(2020),
                InboxFilter.NONE.withFiscalYear(2021),
                InboxFilter.NONE.withStatus(TableStatus.DEPT_REVIEW),
                InboxFilter.NONE.withStatus(TableStatus.FISCAL_REVIEW),
                InboxFilter.NONE.withStatus(TableStatus.DRAFTING),
                InboxFilter.NONE.withFiscalYear(2020).withStatus(TableStatus.DEPT_REVIEW),
                InboxFilter.NONE.withUnit(w.org().unit1.code()),
                InboxFilter.NONE.withDepartment(w.org().department.code()),
                InboxFilter.NONE.withDepartment("442"),
                InboxFilter.NONE.withOverdue(true),
                InboxFilter.NONE.withOverdue(false),
                InboxFilter.NONE.withText(someName.substring(0, Math.min(3, someName.length()))),
                InboxFilter.NONE.withText(someCode),
                InboxFilter.NONE.withText("%_"),
                InboxFilter.NONE
                        .withFiscalYear(2020)
                        .withUnit(w.org().unit2.code())
                        .withOverdue(false));
    }

    /** The projection's page (no row failing its check) is the exact way's; returns its size. */
    private int same(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page, String at) {
        List<@Nullable InboxRow> projected = inbox.projectionRows(user, tab, filter, page);
        List<InboxRow> exact = inbox.exactRows(user, tab, filter, page);
        assertThat(projected)
                .as(at + ": " + user.username() + " " + tab + " " + filter + " " + page)
                .doesNotContainNull()
                .containsExactlyElementsOf(exact);
        return exact.size();
    }
}
