package cn.perftarget.bench;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.overview.OverviewService;
import java.util.ArrayList;
import java.util.List;

/**
 * 总览 (issue 17): how long the overview of a round takes to read — {@code OverviewService.figures} (the counters of the
 * year and the year before, findings per rule, the waiting times) and {@code coverage} — for a department reviewer
 * (10 units), a fiscal reviewer (20 departments) and an auditor of the region (every department), at each scale. The
 * target: every overview under 200 ms.
 */
final class OverviewBenchmark {

    /** Who reads the overview. */
    record Persona(String role, AppUser user) {}

    /** One persona's figures at one scale. */
    record Result(String role, int fiscalYear, Samples.Summary figures, Samples.Summary coverage) {}

    private final OverviewService overview;

    OverviewBenchmark(OverviewService overview) {
        this.overview = overview;
    }

    List<Result> measure(List<Persona> personas, int warmup, int iterations) {
        List<Result> results = new ArrayList<>();
        for (Persona p : personas) {
            List<Integer> years = overview.years(p.user());
            int year = years.isEmpty() ? 2026 : years.get(0);
            for (int i = 0; i < warmup; i++) {
                overview.figures(p.user(), year);
                overview.coverage(p.user(), year);
            }
            Samples figures = new Samples();
            Samples coverage = new Samples();
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                overview.figures(p.user(), year);
                long t1 = System.nanoTime();
                overview.coverage(p.user(), year);
                long t2 = System.nanoTime();
                figures.add(t1 - t0);
                coverage.add(t2 - t1);
            }
            results.add(new Result(p.role(), year, figures.summary(), coverage.summary()));
        }
        return results;
    }
}
