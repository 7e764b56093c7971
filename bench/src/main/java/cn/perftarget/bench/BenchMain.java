package cn.perftarget.bench;

import cn.perftarget.bench.data.BenchOrganisation;
import cn.perftarget.bench.data.DataGenerator;
import cn.perftarget.bench.data.GeneratedDataCheck;
import cn.perftarget.bench.data.GeneratorSettings;
import cn.perftarget.bench.deadline.DeadlineDayBenchmark;
import cn.perftarget.bench.deadline.SessionHeap;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.apiclient.ApiClients;
import cn.perftarget.workflow.apiclient.IdempotencyKeys;
import cn.perftarget.workflow.apiclient.TokenAuthentication;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmarks of issue 7 in one run, against a fresh temporary embedded PostgreSQL: starts the app, fills it to
 * each scale (10,000 and 100,000 tables; 1,000,000 with {@code million}) and measures the inbox at each; at the
 * second scale also the approval throughput against the bare engine, the database's insert limit, the statements of
 * an inbox page and the inbox in a browser; finally the start-up of a fresh JVM. Writes target/bench/bench-report.md
 * and .json (bench/target/bench/ under the bench profile) and prints their paths. Run by
 * {@code ./mvnw -Pbench,production -pl bench -am verify -DskipTests}; see bench/README.md.
 */
public final class BenchMain {

    /** The organisation of {@code quick} (40 departments of 5 units, 4 sections), also the API benchmark's. */
    private static final GeneratorSettings QUICK = new GeneratorSettings(40, 5, 4, 200, "130311", 20250701L, 1, 250);

    private BenchMain() {}

    public static void main(String[] args) throws IOException {
        BenchOptions options = BenchOptions.parse(args);
        if (options.deadline() || options.all()) {
            // the simulated people call at once: let the JDK keep a connection alive for each of them (read once,
            // when the first HTTP connection is made)
            System.setProperty("http.maxConnections", String.valueOf(Math.max(5, options.users() + 20)));
        }
        BenchReport report = new BenchReport();
        if (!options.all()) {
            if (options.deadline()) {
                deadline(options, report);
                write(options, report);
                System.exit(0);
            }
            if (options.approvalOnly()) {
                approvalOnly(options, report);
                write(options, report);
                System.exit(0);
            }
            if (options.api()) {
                api(options, report);
                write(options, report);
                System.exit(0);
            }
        }
        long peak = 0;

        // a kept (temporary) data folder: the embedded server runs it with fsync and synchronous commits on, as in
        // production — the approval throughput and every write are measured with production's durability
        Path folder = Files.createTempDirectory("perftarget-bench");
        HeapWatch.reset();
        BenchApplication.Started app = startAsInProduction(folder, report, true);
        ConfigurableApplicationContext ctx = app.context();
        report.peakHeapContextStartMib = HeapWatch.peakMib();
        peak = Math.max(peak, report.peakHeapContextStartMib);
        try {
            DataSource dataSource = ctx.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            GeneratorSettings settings = options.quick() ? QUICK : GeneratorSettings.benchmark();
            DataGenerator generator = new DataGenerator(ctx, settings);
            BenchOrganisation org = generator.organisation();
            report.environment = environment(jdbc, settings, options);
            report.notes.addAll(Notes.design());

            UserRepository users = ctx.getBean(UserRepository.class);
            InboxQuery inboxQuery = ctx.getBean(InboxQuery.class);
            InboxBenchmark inbox = new InboxBenchmark(inboxQuery, ctx.getBean(UserGroups.class));
            BenchOrganisation.Department department = org.departments().get(0);
            List<InboxBenchmark.Persona> personas = List.of(
                    new InboxBenchmark.Persona(
                            "drafter",
                            users.findByUsername(org.units().get(0).drafter()).orElseThrow()),
                    new InboxBenchmark.Persona(
                            "department reviewer",
                            users.findByUsername(department.reviewers().get(0)).orElseThrow()),
                    new InboxBenchmark.Persona(
                            "fiscal reviewer",
                            users.findByUsername(org.section(department.sectionCode())
                                            .reviewers()
                                            .get(0))
                                    .orElseThrow()));

            for (int s = 0; s < options.scales().size(); s++) {
                int scale = options.scales().get(s);
                int add = (int) (scale - generator.generatedTotal());
                progress("generating " + add + " tables (to " + scale + ")");
                HeapWatch.reset();
                DataGenerator.Growth growth = generator.grow(add);
                long heapGeneration = HeapWatch.peakMib();
                GeneratedDataCheck.Counts counts = new GeneratedDataCheck(dataSource).count(org);
                long dbMib =
                        jdbc.queryForObject("select pg_database_size(current_database())", Long.class) / (1024 * 1024);
                progress(String.format(
                        Locale.ROOT,
                        "  %d tables in %.1f s (%.0f/s), %d MiB; measuring the inbox",
                        add,
                        growth.writing().toMillis() / 1000.0,
                        growth.tablesPerSecond(),
                        dbMib));
                HeapWatch.reset();
                List<InboxBenchmark.Result> inboxResults =
                        inbox.measure(personas, options.inboxWarmup(), options.inboxIterations());
                long heapInbox = HeapWatch.peakMib();
                peak = Math.max(peak, Math.max(heapGeneration, heapInbox));
                report.scales.add(new BenchReport.Scale(
                        scale,
                        add,
                        Samples.round(growth.writing().toMillis() / 1e3),
                        Samples.round(growth.engine().toMillis() / 1e3),
                        Samples.round(growth.rows().toMillis() / 1e3),
                        Samples.round(growth.analysing().toMillis() / 1e3),
                        Samples.round(growth.tablesPerSecond()),
                        generator.generated(),
                        counts.perStep(),
                        counts.brokenHeads(),
                        dbMib,
                        heapGeneration,
                        heapInbox,
                        inboxResults));
                inboxResults.forEach(r -> progress(String.format(
                        Locale.ROOT,
                        "  %s: first page p50 %.1f ms, p95 %.1f ms",
                        r.role(),
                        r.firstPage().p50(),
                        r.firstPage().p95())));
                progress("  measuring the overview (issue 17)");
                List<OverviewBenchmark.Result> overviewResults = new OverviewBenchmark(
                                ctx.getBean(cn.perftarget.workflow.overview.OverviewService.class))
                        .measure(
                                overviewPersonas(users, org, department),
                                options.inboxWarmup(),
                                options.inboxIterations());
                report.overview.put(scale, overviewResults);
                overviewResults.forEach(r -> progress(String.format(
                        Locale.ROOT,
                        "  overview %s (%d): figures p50 %.1f ms, p95 %.1f ms; coverage p95 %.1f ms",
                        r.role(),
                        r.fiscalYear(),
                        r.figures().p50(),
                        r.figures().p95(),
                        r.coverage().p95())));

                if (s == options.scales().size() - 1 && options.holdSeconds() > 0) {
                    progress("holding the database for " + options.holdSeconds() + " s: psql '"
                            + jdbc.execute(
                                    (java.sql.Connection c) -> c.getMetaData().getURL()) + "' -U postgres");
                    sleep(options.holdSeconds());
                }
                if (s == 1 || (s == 0 && options.scales().size() == 1)) {
                    progress("counting the statements of an inbox page");
                    report.inboxStatements = inbox.statementCounts(personas, List.of(25, 100));

                    progress("approval throughput, ours and the bare engine");
                    HeapWatch.reset();
                    approval(ctx, generator, options, report, scale);
                    report.peakHeapApprovalMib = HeapWatch.peakMib();
                    peak = Math.max(peak, report.peakHeapApprovalMib);

                    progress("the database's insert limit");
                    report.databaseLimit =
                            // as the owner: the probe is a table of its own, which the application role may not create
                            new DatabaseLimitBenchmark(
                                            ctx.getBean(EmbeddedDatabase.class).ownerDataSource())
                                    .run(500, options.quick() ? 1000 : 5000);

                    if (options.browser()) {
                        progress("the inbox in the browser");
                        browser(report, app.port(), org, personas.get(2), inboxQuery, scale);
                    } else {
                        report.browserSkipped = "option no-browser";
                    }
                }
            }
            report.liveHeapAtEndMib = HeapWatch.liveAfterGcMib();
        } finally {
            ctx.close();
            delete(folder);
        }
        report.peakHeapWholeRunMib = peak;

        if (options.startup()) {
            progress("start-up of a fresh JVM");
            report.startups = new StartupBenchmark().run();
        }
        if (options.all()) {
            progress("the API benchmark (issue 16), on an app and database of its own");
            api(options, report);
            progress("the deadline day (issue 18), on an app and database of its own");
            deadline(options, report);
        }
        write(options, report);
        System.exit(0);
    }

    /** Judges the targets and writes the report (markdown, JSON, the SQL listing); prints the markdown. */
    private static void write(BenchOptions options, BenchReport report) throws IOException {
        Targets.evaluate(report);
        Path out = options.out().toAbsolutePath();
        Files.createDirectories(out);
        Path json = out.resolve("bench-report.json");
        Path md = out.resolve("bench-report.md");
        Path sql = out.resolve("bench-statements.md");
        Files.writeString(sql, StatementListing.of(report), StandardCharsets.UTF_8);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report.asJson());
        Files.writeString(md, MarkdownReport.of(report), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(Files.readString(md, StandardCharsets.UTF_8));
        System.out.println("Benchmark report: " + md);
        System.out.println("                  " + json);
        System.out.println("SQL statements:   " + sql);
    }

    /**
     * The approval throughput (issue 18: ours ≥ 80 % of the bare engine): {@link DomainApprovalCycle} against {@link
     * BareEngineCycle} on the same data, rounds taking turns, with the statements of each step.
     */
    private static void approval(
            ConfigurableApplicationContext ctx,
            DataGenerator generator,
            BenchOptions options,
            BenchReport report,
            int scale) {
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        ApprovalCycle ours = new DomainApprovalCycle(
                ctx.getBean(ApprovalService.class),
                ctx.getBean(TaskService.class),
                generator,
                ctx.getBean(UserRepository.class));
        ApprovalCycle bare = new BareEngineCycle(
                ctx.getBean(RuntimeService.class),
                ctx.getBean(TaskService.class),
                ctx.getBean(HistoryService.class),
                tx,
                generator.organisation());
        ApprovalThroughputBenchmark throughput = new ApprovalThroughputBenchmark();
        report.approval = throughput.run(
                ours, bare, options.approvalWarmup(), options.approvalRoundSize(), options.approvalRounds());
        report.approvalStatements = throughput.listings();
        report.approvalAtTables = scale;
        progress(String.format(
                Locale.ROOT,
                "  ours %.1f tables/s, bare %.1f tables/s (%.0f %%)",
                report.approval.ours().tablesPerSecond(),
                report.approval.bare().tablesPerSecond(),
                report.approval.ratio() * 100));
    }

    /**
     * The approval throughput alone ({@code approval}): the app on an embedded PostgreSQL in a kept (temporary) data
     * folder with fsync and synchronous commits on, as in production, the statement counter on; the benchmark's
     * organisation and {@code tables=N} generated tables; then {@link #approval}. The folder is deleted at the end.
     */
    private static void approvalOnly(BenchOptions options, BenchReport report) throws IOException {
        Path folder = Files.createTempDirectory("perftarget-bench-approval");
        BenchApplication.Started app = startAsInProduction(folder, report, true);
        ConfigurableApplicationContext ctx = app.context();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            GeneratorSettings settings = options.quick() ? QUICK : GeneratorSettings.benchmark();
            DataGenerator generator = new DataGenerator(ctx, settings);
            generator.organisation();
            report.environment = environment(jdbc, settings, options);
            progress("generating " + options.approvalTables() + " tables");
            generator.grow(options.approvalTables());
            progress("approval throughput, ours and the bare engine");
            approval(ctx, generator, options, report, options.approvalTables());
        } finally {
            ctx.close();
            delete(folder);
        }
    }

    /**
     * The API benchmark of issue 16 alone: the app on an embedded PostgreSQL in a kept (temporary) data folder, which
     * runs with fsync and synchronous commits on as in production; the organisation of {@code quick} and a few
     * thousand generated tables; then {@link ApiThroughputBenchmark}. The folder is deleted at the end.
     */
    private static void api(BenchOptions options, BenchReport report) throws IOException {
        Path folder = Files.createTempDirectory("perftarget-bench-api");
        BenchApplication.Started app = startAsInProduction(folder, report, false);
        ConfigurableApplicationContext ctx = app.context();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            GeneratorSettings settings = QUICK;
            DataGenerator generator = new DataGenerator(ctx, settings);
            generator.organisation();
            if (report.environment == null) {
                report.environment = environment(jdbc, settings, options);
            }
            int background = options.apiBackgroundTables();
            progress("generating " + background + " tables beside the reviewed ones");
            generator.grow(background);
            RoundTables tables =
                    new RoundTables(ctx.getBean(ApprovalService.class), generator, ctx.getBean(UserRepository.class));
            progress("issuing a personal token to each acting person");
            HttpApiReviewRound api = new HttpApiReviewRound(app.port(), ctx.getBean(ApiClients.class), tables);
            ServiceReviewRound direct =
                    new ServiceReviewRound(ctx.getBean(ApprovalService.class), ctx.getBean(InboxQuery.class), tables);
            progress("API and services, rounds taking turns");
            report.api = new ApiThroughputBenchmark(tables)
                    .run(
                            api,
                            direct,
                            options.apiWarmup(),
                            options.apiRoundSize(),
                            options.apiRounds(),
                            generator.generatedTotal());
            progress("where the API's time goes");
            List<ApiOverheadProfile.Probe> probes = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // drafts of eight units of different departments (consecutive units of the rotation)
                RoundTables.Draft probe = tables.create(1_000_000 + i);
                ctx.getBean(ApprovalService.class).submit(tables.user(probe.drafter()), probe.tableId());
                probes.add(new ApiOverheadProfile.Probe(tables.user(probe.departmentReviewer()), probe.projectCode()));
            }
            report.apiProfile = new ApiOverheadProfile(
                            api,
                            ctx.getBean(InboxQuery.class),
                            ctx.getBean(TokenAuthentication.class),
                            ctx.getBean(Accounts.class),
                            ctx.getBean(IdempotencyKeys.class),
                            ctx.getBean(ApprovalService.class))
                    .run(probes, options.apiWarmup(), options.apiRoundSize() * 2);
            progress("a committed one-row insert on this database");
            report.databaseLimit = new DatabaseLimitBenchmark(
                            ctx.getBean(EmbeddedDatabase.class).ownerDataSource())
                    .run(50, options.quick() ? 300 : 1000);
            progress(String.format(
                    Locale.ROOT,
                    "  API %.2f tables/s, services %.2f tables/s: %.0f %% (median of the rounds' ratios)",
                    report.api.api().medianTablesPerSecond(),
                    report.api.direct().medianTablesPerSecond(),
                    report.api.medianRatio() * 100));
            report.notes.add("API benchmark: the app's embedded PostgreSQL in a kept data folder (fsync and "
                    + "synchronous commits on, as in production), the organisation of the quick run, "
                    + report.api.backgroundTables() + " generated tables beside the reviewed ones; one thread.");
        } finally {
            ctx.close();
            delete(folder);
        }
    }

    /**
     * The deadline day of issue 18 alone ({@link DeadlineDayBenchmark}): the app on an embedded PostgreSQL in a kept
     * (temporary) data folder with fsync and synchronous commits on, as in production; the benchmark's organisation
     * and 20,000 generated tables (quick: the quick organisation and 2,000); then the load, the check and the heap
     * per session. The folder is deleted at the end.
     */
    private static void deadline(BenchOptions options, BenchReport report) throws IOException {
        Path folder = Files.createTempDirectory("perftarget-bench-deadline");
        BenchApplication.Started app = startAsInProduction(folder, report, false);
        ConfigurableApplicationContext ctx = app.context();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            GeneratorSettings settings = options.quick() ? QUICK : GeneratorSettings.benchmark();
            DataGenerator generator = new DataGenerator(ctx, settings);
            generator.organisation();
            if (report.environment == null) {
                report.environment = environment(jdbc, settings, options);
            }
            progress("generating " + options.deadlineTables() + " tables");
            generator.grow(options.deadlineTables());
            report.deadline = new DeadlineDayBenchmark(ctx, app.port(), generator, BenchMain::progress)
                    .run(options.users(), options.seconds(), options.deadlineSessions());
            SessionHeap.Result heap = report.deadline.heap();
            if (heap != null) {
                progress(String.format(
                        Locale.ROOT,
                        "  %d of %d sessions open, %.1f KiB each",
                        heap.opened(),
                        heap.sessions(),
                        heap.kibPerSession()));
            }
            report.notes.add("Deadline day: the app's embedded PostgreSQL in a kept data folder (fsync and "
                    + "synchronous commits on, as in production), " + report.deadline.generatedTables()
                    + " generated tables; the people are simulated by threads of the app's own JVM, so their "
                    + "client work shares its two cores.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            ctx.close();
            delete(folder);
        }
    }

    /**
     * The app on an embedded PostgreSQL in {@code folder} with fsync and synchronous commits on, as in production;
     * with the statement counter (the harness's own measurements) or as the HTTP benchmarks run it. The first start of
     * a run is the report's context start.
     */
    private static BenchApplication.Started startAsInProduction(
            Path folder, BenchReport report, boolean countStatements) {
        progress("starting the application on a database with the production settings (" + folder + ")");
        String dataDir = folder.resolve("pg").toString();
        BenchApplication.Started app = countStatements
                ? BenchApplication.startDurable(dataDir)
                : BenchApplication.startAsInProduction(dataDir);
        if (report.contextStartSeconds == 0) {
            report.contextStartSeconds = Samples.round(app.startTime().toNanos() / 1e9);
        }
        return app;
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    private static void browser(
            BenchReport report,
            int port,
            BenchOrganisation org,
            InboxBenchmark.Persona who,
            InboxQuery inbox,
            int scale) {
        try {
            String firstCode = inbox.page(
                            who.user(),
                            InboxTab.OPEN,
                            InboxFilter.NONE,
                            PageRequest.first(InboxBenchmark.GRID_PAGE_SIZE, SortKey.DUE_DATE, false))
                    .rows()
                    .get(0)
                    .projectCode();
            report.browser =
                    new BrowserInboxBenchmark().run(port, who.user().username(), org.password(), firstCode, 2, 10);
            report.browserAtTables = scale;
        } catch (RuntimeException e) {
            report.browserSkipped = e.getClass().getSimpleName() + ": " + e.getMessage();
            progress("  browser measurement failed: " + report.browserSkipped);
        }
    }

    private static BenchReport.Environment environment(JdbcTemplate jdbc, GeneratorSettings s, BenchOptions options) {
        return new BenchReport.Environment(
                OffsetDateTime.now().toString(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                jdbc.queryForObject("select split_part(version(), ' on ', 1)", String.class),
                jdbc.queryForObject("show synchronous_commit", String.class),
                jdbc.queryForObject("show fsync", String.class),
                HeapWatch.maxMib(),
                s.units() + " units in " + s.departments() + " departments, " + s.sections() + " fiscal sections ("
                        + s.departments() * 2 + " department reviewers, " + s.sections() * 3 + " fiscal reviewers, "
                        + s.units() + " drafters); generator: " + s.threads() + " writer threads, batches of "
                        + s.batchSize(),
                options.deadline()
                        ? List.of(options.deadlineTables())
                        : options.approvalOnly() ? List.of(options.approvalTables()) : options.scales());
    }

    /** A department reviewer, a fiscal reviewer of its section and an auditor of the region (made here, once). */
    private static List<OverviewBenchmark.Persona> overviewPersonas(
            UserRepository users, BenchOrganisation org, BenchOrganisation.Department department) {
        AppUser fiscal = users.findByUsername(
                        org.section(department.sectionCode()).reviewers().get(0))
                .orElseThrow();
        AppUser auditor = users.findByUsername("bench-auditor")
                .orElseGet(() -> users.save(
                        "bench-auditor",
                        "基准查阅",
                        "{noop}unused",
                        java.util.Objects.requireNonNull(fiscal.organisation().parentId(), "the section's bureau"),
                        java.util.Set.of(cn.perftarget.domain.user.Role.AUDITOR),
                        false));
        return List.of(
                new OverviewBenchmark.Persona(
                        "department reviewer",
                        users.findByUsername(department.reviewers().get(0)).orElseThrow()),
                new OverviewBenchmark.Persona("fiscal reviewer", fiscal),
                new OverviewBenchmark.Persona("auditor", auditor));
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void progress(String message) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
