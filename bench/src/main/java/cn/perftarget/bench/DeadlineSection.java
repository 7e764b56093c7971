package cn.perftarget.bench;

import cn.perftarget.bench.deadline.DeadlineDayBenchmark;
import cn.perftarget.bench.deadline.LostUpdateCheck;
import cn.perftarget.bench.deadline.SessionHeap;
import java.util.Locale;
import java.util.function.Consumer;

/** The deadline day's section of the markdown report (issue 18): how it was measured, then the figures. */
final class DeadlineSection {

    private DeadlineSection() {}

    static void write(DeadlineDayBenchmark.Result d, Consumer<String> line) {
        line.accept("## Deadline day (issue 18)");
        line.accept("");
        line.accept(d.people() + " simulated people at once for " + d.seconds() + " s (" + fmt(d.measuredSeconds())
                + " s measured), each on its own thread with its own personal bearer token, through `/api/v1` over "
                + "real HTTP (a blocking `HttpURLConnection`, kept-alive connections, a fresh `Idempotency-Key` on "
                + "every POST), on " + d.generatedTables() + " generated tables: " + d.drafters()
                + " drafters of distinct units (take one of the unit's drafts — a returned one first — or create "
                + "one, save it 2–4 times with `PUT` + `If-Match` and a small change, submit; again), "
                + d.departmentReviewers() + " department reviewers (全部待办, 认领, 通过 or — 15 % — 退回 with a "
                + "comment) and " + d.fiscalReviewers() + " fiscal reviewers (全部待办 of their departments, 认领, "
                + "优 or — 15 % — 中 with a comment), each department with one simulated reviewer of each kind, so "
                + "that no two reach for the same task. Think time " + d.thinkMinMillis() + "–" + d.thinkMaxMillis()
                + " ms between calls (uniform). The production rate limits apply; any answer outside 2xx (a 429 "
                + "included) is an error. Latency is the client's, from sending to the answer read.");
        line.accept("");
        line.accept("| action | calls | errors | p50 ms | p95 ms | p99 ms | max ms |");
        line.accept("|---|---|---|---|---|---|---|");
        for (DeadlineDayBenchmark.ActionFigure a : d.actions()) {
            Samples.Summary s = a.latency();
            line.accept("| " + a.action() + " | " + s.n() + " | " + a.errors() + " | " + fmt(s.p50()) + " | "
                    + fmt(s.p95()) + " | " + fmt(s.p99()) + " | " + fmt(s.max()) + " |");
        }
        line.accept("");
        line.accept(
                "**" + d.calls() + " calls, " + fmt(d.callsPerSecond()) + " per second, " + d.errors() + " errors.**");
        line.accept("");
        if (!d.failures().isEmpty()) {
            line.accept("First failures:");
            line.accept("");
            d.failures().forEach(f -> line.accept("- `" + f.replace('`', '\'') + "`"));
            line.accept("");
        }
        LostUpdateCheck.Result c = d.check();
        line.accept("**Lost updates**: every table a call touched (" + c.touched() + ") read back from the database "
                + "after the load and held against what the last successful call on it said (status after the last "
                + "action; content hash and version after the last save): **" + c.lostUpdates()
                + " lost updates**. Status and engine state disagree for " + c.stateDisagreeing()
                + " of them; audit chains of the touched tables broken: " + c.brokenChains()
                + "; the integrity check of all chains afterwards: "
                + (c.allChainsIntact() == null
                        ? "not run (another node held its lock)"
                        : (Boolean.TRUE.equals(c.allChainsIntact()) ? "intact" : "**broken**") + " ("
                                + c.chainsChecked() + " chains)")
                + ".");
        line.accept("");
        c.lostExamples().forEach(x -> line.accept("- lost: " + x));
        c.stateExamples().forEach(x -> line.accept("- state: " + x));
        if (!c.lostExamples().isEmpty() || !c.stateExamples().isEmpty()) {
            line.accept("");
        }
        SessionHeap.Result h = d.heap();
        if (h != null) {
            line.accept("**Heap per signed-in user**: after the load, " + h.sessions() + " sessions opened without a "
                    + "browser, one after the other (for each a drafter other than the load's: the login page's "
                    + "CSRF token, the form login, Vaadin's bootstrap request `GET /?v-r=init&location=tables/<id>/edit`, "
                    + "which creates the UI, then the client's `ui-navigate` event `POST /?v-r=uidl`, on which the "
                    + "router builds the editor view of a draft of theirs; " + h.editorsSeen() + " of "
                    + h.opened() + " answers held the table's project code, " + fmt(h.answerKib())
                    + " KiB each) in " + fmt(h.secondsToOpen()) + " s, after " + h.warmUp()
                    + " warm-up sessions not counted, and kept open (nobody logs out). Vaadin "
                    + (Boolean.TRUE.equals(h.productionMode())
                            ? "in production mode"
                            : "in development mode (no `production` profile) with its component tracker off, as "
                                    + "production mode has it")
                    + ". The used heap after three full collections, before and after: " + h.heapBeforeMib() + " → "
                    + h.heapAfterMib() + " MiB: **" + fmt(h.kibPerSession()) + " KiB per session**.");
            h.failures().forEach(f -> line.accept("- failed: " + f));
            line.accept("");
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
