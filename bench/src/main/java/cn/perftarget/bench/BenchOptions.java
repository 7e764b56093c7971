package cn.perftarget.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's options, given as words ({@code -Dbench.args="million no-browser"}):
 * <ul>
 *   <li>{@code million}: also measure at 1,000,000 tables (about ten times the 100,000 run)</li>
 *   <li>{@code no-browser}: skip the browser measurement of the inbox</li>
 *   <li>{@code no-startup}: skip the start-up measurement (two fresh JVMs)</li>
 *   <li>{@code quick}: 1,000 and 5,000 tables and fewer iterations, to try the harness out (figures meaningless)</li>
 *   <li>{@code api}: only the API benchmark (issue 16): {@code /api/v1} over HTTP against the services directly, on
 *   a database with the production settings (with {@code quick}: fewer and smaller rounds)</li>
 *   <li>{@code deadline}: only the deadline-day load (issue 18): simulated drafters and reviewers at once through
 *   {@code /api/v1}, then the lost-update check and the heap per signed-in session ({@code users=N}, default 200,
 *   {@code seconds=N}, default 300; with {@code quick}: 20 users, 30 s, the quick organisation)</li>
 *   <li>{@code all}: everything in one run and one report — the measurements of each scale, the approval throughput,
 *   the browser and start-up, then the API benchmark and the deadline-day load (each of these on its own app and
 *   database, as alone)</li>
 *   <li>{@code approval}: only the approval throughput (ours against the bare engine) on {@code tables=N} generated
 *   tables (default 10,000), on a database with the production settings</li>
 *   <li>{@code users=N}, {@code seconds=N}: the deadline-day load's simulated people and duration</li>
 *   <li>{@code out=DIR}: where the report goes (default target/bench)</li>
 *   <li>{@code hold=SECONDS}: after the inbox measurement of the last scale, keep the database open that long and
 *   print how to reach it with psql (to read query plans on the full data)</li>
 * </ul>
 */
record BenchOptions(
        List<Integer> scales,
        boolean browser,
        boolean startup,
        boolean quick,
        boolean api,
        boolean deadline,
        boolean approvalOnly,
        boolean all,
        int approvalTables,
        int users,
        int seconds,
        Path out,
        int holdSeconds) {

    static BenchOptions parse(String[] args) {
        Set<String> words = new java.util.HashSet<>();
        Path out = Path.of("target", "bench");
        int hold = 0;
        Integer users = null;
        Integer seconds = null;
        int tables = 10_000;
        for (String a : args) {
            for (String w : a.trim().split("\\s+")) {
                if (w.startsWith("out=")) {
                    out = Path.of(w.substring(4));
                } else if (w.startsWith("hold=")) {
                    hold = Integer.parseInt(w.substring(5));
                } else if (w.startsWith("users=")) {
                    users = Integer.parseInt(w.substring(6));
                } else if (w.startsWith("tables=")) {
                    tables = Integer.parseInt(w.substring(7));
                } else if (w.startsWith("seconds=")) {
                    seconds = Integer.parseInt(w.substring(8));
                } else if (!w.isBlank()) {
                    words.add(w.replaceFirst("^-+", ""));
                }
            }
        }
        Set<String> known =
                Set.of("all", "api", "approval", "deadline", "million", "no-browser", "no-startup", "quick");
        for (String w : words) {
            if (!known.contains(w)) {
                throw new IllegalArgumentException("unknown benchmark option: " + w + " (known: " + known
                        + ", out=DIR, hold=SECONDS, users=N, seconds=N, tables=N)");
            }
        }
        boolean quick = words.contains("quick");
        List<Integer> scales = new ArrayList<>(quick ? List.of(1_000, 5_000) : List.of(10_000, 100_000));
        if (words.contains("million")) {
            scales.add(1_000_000);
        }
        return new BenchOptions(
                List.copyOf(scales),
                !words.contains("no-browser"),
                !words.contains("no-startup"),
                quick,
                words.contains("api"),
                words.contains("deadline"),
                words.contains("approval"),
                words.contains("all"),
                tables,
                users != null ? users : quick ? 20 : 200,
                seconds != null ? seconds : quick ? 30 : 300,
                out,
                hold);
    }

    /** Measured calls per user and inbox operation. */
    int inboxIterations() {
        return quick ? 40 : 300;
    }

    int inboxWarmup() {
        return quick ? 10 : 50;
    }

    /** Tables per measured round of the approval throughput, and the rounds of each side. */
    int approvalRoundSize() {
        return quick ? 20 : 100;
    }

    int approvalRounds() {
        return quick ? 2 : 5;
    }

    /** Tables of each side before the approval throughput's measured rounds. */
    int approvalWarmup() {
        return quick ? 5 : 30;
    }

    /** The API benchmark: tables generated beside the reviewed ones (so the inbox search has rows to pass over). */
    int apiBackgroundTables() {
        return quick ? 1_000 : 5_000;
    }

    /**
     * Tables of each side before the measured rounds: the HTTP side's code (Tomcat, Spring MVC, the filter chains,
     * Jackson) must be compiled by the JIT like the services', which the data generator has run thousands of times,
     * before the clock starts. With 60 the API's rounds still rose from 10.5 to 14 tables/s over the seven rounds.
     */
    int apiWarmup() {
        return quick ? 20 : 300;
    }

    /** Tables per measured round of each side of the API benchmark, and the rounds of each side. */
    int apiRoundSize() {
        return quick ? 10 : 40;
    }

    int apiRounds() {
        return quick ? 3 : 7;
    }

    /** The deadline-day load: tables generated before it starts. */
    int deadlineTables() {
        return quick ? 2_000 : 20_000;
    }

    /** The deadline-day load: Vaadin sessions opened to measure the heap per signed-in user. */
    int deadlineSessions() {
        return quick ? 50 : users;
    }
}
