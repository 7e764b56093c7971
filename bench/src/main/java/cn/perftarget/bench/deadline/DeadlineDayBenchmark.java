package cn.perftarget.bench.deadline;

import cn.perftarget.bench.ApiHttp;
import cn.perftarget.bench.Samples;
import cn.perftarget.bench.data.BenchOrganisation;
import cn.perftarget.bench.data.DataGenerator;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.integrity.IntegrityCheck;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.apiclient.ApiClients;
import cn.perftarget.workflow.approval.ApprovalService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * The deadline day of issue 18: {@code people} simulated people at once for {@code seconds}, each on its own thread
 * with its own personal bearer token, through {@code /api/v1} over HTTP ({@link DeadlineCast}: three quarters
 * {@link SimulatedDrafter}s of distinct units, a quarter {@link SimulatedReviewer}s), thinking 0.5–2 s between calls;
 * per action the latencies and errors; then the {@link LostUpdateCheck} of every touched table and the
 * {@link SessionHeap} of signed-in sessions with the editor open.
 */
public final class DeadlineDayBenchmark {

    /** One action's calls: latency of all of them (ms) and how many failed. */
    public record ActionFigure(String action, Samples.Summary latency, int errors) {}

    /** Everything the deadline day measured. */
    public record Result(
            int people,
            int drafters,
            int departmentReviewers,
            int fiscalReviewers,
            int seconds,
            double measuredSeconds,
            long thinkMinMillis,
            long thinkMaxMillis,
            long generatedTables,
            List<ActionFigure> actions,
            long calls,
            long errors,
            double callsPerSecond,
            List<String> failures,
            LostUpdateCheck.Result check,
            SessionHeap.@Nullable Result heap) {}

    /** Editors opened before the heap's first measurement (not counted). */
    private static final int WARM_UP_SESSIONS = 5;

    private final ApplicationContext ctx;
    private final int port;
    private final DataGenerator generator;
    private final Consumer<String> progress;

    public DeadlineDayBenchmark(ApplicationContext ctx, int port, DataGenerator generator, Consumer<String> progress) {
        this.ctx = ctx;
        this.port = port;
        this.generator = generator;
        this.progress = progress;
    }

    /** The load, the check and (for {@code sessions} > 0) the heap per session. */
    public Result run(int people, int seconds, int sessions) throws InterruptedException {
        BenchOrganisation org = generator.organisation();
        DeadlineCast cast = DeadlineCast.of(org, people);
        UserRepository users = ctx.getBean(UserRepository.class);
        ApiClients clients = ctx.getBean(ApiClients.class);
        ApiHttp http = new ApiHttp(port);
        Ledger ledger = new Ledger();

        progress.accept("issuing a personal token to each of " + cast.people() + " people: "
                + cast.drafters().size() + " drafters, "
                + cast.departmentReviewers().size()
                + " department reviewers, " + cast.fiscalReviewers().size() + " fiscal reviewers");
        List<SimulatedPerson> persons = new ArrayList<>();
        long start = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        long seed = 18;
        for (BenchOrganisation.Unit unit : cast.drafters()) {
            persons.add(new SimulatedDrafter(
                    unit, token(clients, users, unit.drafter()), http, ledger, () -> clean(unit), end, seed++));
        }
        for (SimulatedReviewer.Kind kind : SimulatedReviewer.Kind.values()) {
            List<DeadlineCast.Reviewer> reviewers =
                    kind == SimulatedReviewer.Kind.DEPARTMENT ? cast.departmentReviewers() : cast.fiscalReviewers();
            for (DeadlineCast.Reviewer r : reviewers) {
                persons.add(new SimulatedReviewer(
                        r.username(),
                        kind,
                        r.departments(),
                        token(clients, users, r.username()),
                        http,
                        ledger,
                        end,
                        seed++));
            }
        }

        progress.accept("the load: " + persons.size() + " people for " + seconds + " s");
        List<Thread> threads = new ArrayList<>();
        for (SimulatedPerson p : persons) {
            Thread t = new Thread(p, "deadline-" + p.username);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(seconds + 180).toMillis());
        }
        double measured = (System.nanoTime() - start) / 1e9;
        ActionLog.Figures figures =
                ActionLog.merge(persons.stream().map(p -> p.log).toList());
        long calls =
                figures.perAction().stream().mapToLong(f -> f.latency().n()).sum();
        long errors =
                figures.perAction().stream().mapToLong(ActionFigure::errors).sum();
        progress.accept(String.format(
                java.util.Locale.ROOT,
                "  %d calls in %.0f s (%.1f /s), %d errors, %d tables touched",
                calls,
                measured,
                calls / measured,
                errors,
                ledger.size()));

        progress.accept("reading every touched table back (lost updates, engine state, audit chains)");
        LostUpdateCheck.Result check = new LostUpdateCheck(
                        ctx.getBean(TargetTableRepository.class),
                        ctx.getBean(DataSource.class),
                        ctx.getBean(AuditLog.class),
                        ctx.getBean(IntegrityCheck.class))
                .check(ledger.snapshot());

        SessionHeap.Result heap = null;
        if (sessions > 0) {
            progress.accept("the heap of " + sessions + " signed-in sessions with the editor open");
            List<SessionHeap.Person> signedIn = sessionPeople(org, users, sessions + WARM_UP_SESSIONS);
            heap = new SessionHeap(port)
                    .measure(
                            signedIn.subList(0, WARM_UP_SESSIONS),
                            signedIn.subList(WARM_UP_SESSIONS, signedIn.size()),
                            org.password());
        }
        return new Result(
                cast.people(),
                cast.drafters().size(),
                cast.departmentReviewers().size(),
                cast.fiscalReviewers().size(),
                seconds,
                Samples.round(measured),
                SimulatedPerson.THINK_MIN_MILLIS,
                SimulatedPerson.THINK_MAX_MILLIS,
                generator.generatedTotal(),
                figures.perAction(),
                calls,
                errors,
                Samples.round(calls / measured),
                figures.failures(),
                check,
                heap);
    }

    private TargetTable clean(BenchOrganisation.Unit unit) {
        return generator.submittableTable(unit);
    }

    /** Drafters of the last units (others than the load's, so their own new draft is the one they open). */
    private List<SessionHeap.Person> sessionPeople(BenchOrganisation org, UserRepository users, int sessions) {
        ApprovalService approvals = ctx.getBean(ApprovalService.class);
        List<BenchOrganisation.Unit> units = org.units();
        List<SessionHeap.Person> people = new ArrayList<>();
        for (int i = 0; i < Math.min(sessions, units.size()); i++) {
            BenchOrganisation.Unit unit = units.get(units.size() - 1 - i);
            AppUser drafter = users.findByUsername(unit.drafter()).orElseThrow();
            TargetTable content = clean(unit);
            long id = approvals.create(drafter, content).tableId();
            people.add(new SessionHeap.Person(unit.drafter(), id, content.projectCode()));
        }
        return people;
    }

    private static String token(ApiClients clients, UserRepository users, String username) {
        AppUser user = users.findByUsername(username).orElseThrow();
        return clients.issuePersonal(user, Duration.ofDays(1)).token();
    }
}
