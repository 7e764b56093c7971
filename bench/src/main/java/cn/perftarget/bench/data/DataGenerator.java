package cn.perftarget.bench.data;

import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.table.TableCodec;
import cn.perftarget.domain.table.TargetTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a realistic load: the organisation of {@link GeneratorSettings} with its users and a
 * routing decision that sends every department to its section, then as many target tables as asked, spread over every
 * step of the approval round (see {@link StepMix}), with their revisions, audit histories and — for every table that
 * was submitted — a real process instance driven by the engine to its step. Our rows go in by COPY; each batch is one
 * transaction on one of {@link GeneratorSettings#threads()} writers. Call {@link #grow} again to add more tables to the
 * same organisation (10,000, then 100,000 …).
 */
public final class DataGenerator {

    private final GeneratorSettings settings;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    /** as the owner of the tables (embedded database): VACUUM and CHECKPOINT */
    private final JdbcTemplate maintenance;

    private final TableBatchWriter writer;
    private final OrganisationWriter organisationWriter;
    private final RegionValidators validators;
    private final StepMix mix;
    private final Map<RoundStep, Long> generated = new EnumMap<>(RoundStep.class);
    /** Made by the first call that needs it. */
    private @Nullable Setup setup;

    /** The organisation written to the database, and the planner of its tables. */
    private record Setup(BenchOrganisation organisation, TablePlanner planner) {}

    public DataGenerator(ApplicationContext context, GeneratorSettings settings) {
        this.settings = settings;
        this.dataSource = context.getBean(DataSource.class);
        this.jdbc = new JdbcTemplate(dataSource);
        this.maintenance =
                new JdbcTemplate(context.getBean(EmbeddedDatabase.class).ownerDataSource());
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.writer = new TableBatchWriter(
                dataSource,
                transaction,
                context.getBean(TableCodec.class),
                new RoundDriver(context.getBean(ProcessEngine.class)),
                context.getBean(ChainKey.class));
        this.organisationWriter = new OrganisationWriter(jdbc, context.getBean(PasswordEncoder.class));
        this.validators = context.getBean(RegionValidators.class);
        this.mix = StepMix.standard();
        for (RoundStep step : RoundStep.values()) {
            generated.put(step, 0L);
        }
    }

    /** The organisation and its users (the routing is its section_department); created on the first call. */
    public synchronized BenchOrganisation organisation() {
        return setup().organisation();
    }

    private synchronized Setup setup() {
        Setup s = setup;
        if (s == null) {
            BenchOrganisation organisation = organisationWriter.write(settings);
            TableTemplates templates = new TableTemplates(validators.forRegion(settings.regionCode()));
            s = new Setup(organisation, new TablePlanner(organisation, templates, mix, settings.seed(), Instant.now()));
            setup = s;
        }
        return s;
    }

    /** Adds {@code tables} tables; returns what this call added and how long it took. */
    public Growth grow(int tables) {
        TablePlanner planner = setup().planner();
        long start = System.nanoTime();
        long engineBefore = writer.engineNanos();
        long rowsBefore = writer.rowNanos();
        Map<RoundStep, Long> added = new EnumMap<>(RoundStep.class);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        Semaphore inFlight = new Semaphore(settings.threads() * 2);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int done = 0; done < tables; done += settings.batchSize()) {
                List<PlannedTable> batch = planner.next(Math.min(settings.batchSize(), tables - done));
                batch.forEach(p -> added.merge(p.step(), 1L, Long::sum));
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        writer.write(batch);
                    } finally {
                        inFlight.release();
                    }
                }));
                failFast(futures);
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("生成数据失败: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        Duration writing = Duration.ofNanos(System.nanoTime() - start);
        long analyseStart = System.nanoTime();
        // what autovacuum would soon do after such a load: fresh statistics, no dead rows from the round UPDATE (as
        // the owner of the tables: the application role may not vacuum them)
        maintenance.execute("vacuum (analyze)");
        // and write the load out now: otherwise the checkpoints it set off go on writing gigabytes of it while the
        // inbox is measured, and the figures show the load's cost rather than the inbox's
        maintenance.execute("checkpoint");
        Duration analysing = Duration.ofNanos(System.nanoTime() - analyseStart);
        added.forEach((step, n) -> generated.merge(step, n, Long::sum));
        return new Growth(
                tables,
                Map.copyOf(added),
                writing,
                analysing,
                Duration.ofNanos(writer.engineNanos() - engineBefore),
                Duration.ofNanos(writer.rowNanos() - rowsBefore));
    }

    /**
     * A table the unit could submit now: a clean variant of a seed table in the current fiscal year, under a project
     * code no generated table has (for benchmarks that create tables through the approval service).
     */
    public synchronized TargetTable submittableTable(BenchOrganisation.Unit unit) {
        return setup().planner().submittable(unit);
    }

    /** All tables generated so far, per step. */
    public Map<RoundStep, Long> generated() {
        return Map.copyOf(generated);
    }

    public long generatedTotal() {
        return generated.values().stream().mapToLong(Long::longValue).sum();
    }

    public GeneratorSettings settings() {
        return settings;
    }

    private static void failFast(List<Future<?>> futures) throws ExecutionException, InterruptedException {
        for (Future<?> f : futures) {
            if (f.isDone()) {
                f.get();
            }
        }
    }

    /**
     * What one {@link #grow} call added.
     *
     * @param engine time in the engine, summed over the writer threads
     * @param rows   time planning, hashing and writing our rows, summed over the writer threads
     */
    public record Growth(
            int tables,
            Map<RoundStep, Long> perStep,
            Duration writing,
            Duration analysing,
            Duration engine,
            Duration rows) {

        public double tablesPerSecond() {
            return tables / Math.max(1e-9, writing.toNanos() / 1e9);
        }
    }
}
