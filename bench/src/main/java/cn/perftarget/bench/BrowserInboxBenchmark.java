package cn.perftarget.bench;

import cn.perftarget.ui.browser.Browser;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The inbox as a person sees it (issue 6): headless Debian Chromium, logged in as a reviewer, opens /inbox — a full
 * page load: Vaadin's bootstrap, the view with its counts, the grid's first data request — and the page itself
 * reports, with performance.now(), the moment the expected first row is in the grid, counted from the start of the
 * navigation. At that moment it also reads the browser's own timing of where the time went (Navigation and Resource
 * Timing): when the server's first byte of the page came, when the page was in, when the scripts were in, when the
 * document was ready, and Vaadin's requests to the server ({@code ?v-r=…}: the UI's start and the grid's rows) —
 * how many, how long the browser waited for their first byte, when the last one was in. Needs the chromium and
 * chromium-driver packages.
 */
final class BrowserInboxBenchmark {

    /**
     * @param phases each moment (ms from the navigation's start) or figure of the browser's timing, in the order of
     *     {@link #PHASES}, over the measured loads
     */
    record Result(
            String username,
            int navigations,
            Samples.Summary navigationToRows,
            String firstRowCode,
            Map<String, Samples.Summary> phases) {}

    /** What the page reports besides the first row: key → what it means (for the report). */
    static final Map<String, String> PHASES = phases();

    private static Map<String, String> phases() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("firstByte", "first byte of the page (the server's bootstrap page)");
        p.put("pageReceived", "the page received");
        p.put("scriptsReceived", "the last script received (the front-end bundle)");
        p.put("domReady", "document ready (DOMContentLoaded handled)");
        p.put("serverCalls", "Vaadin's requests before the first row (count, not ms)");
        p.put("serverWait", "of which waiting for the server's first byte (sum over those requests)");
        p.put("lastCallReceived", "the last of those requests received");
        p.put("firstRow", "the first row in the grid");
        return p;
    }

    private static final String ROWS_SHOWN = """
            const code = arguments[0];
            const done = arguments[arguments.length - 1];
            function timing(now) {
              const nav = performance.getEntriesByType('navigation')[0];
              const res = performance.getEntriesByType('resource').filter(r => r.responseEnd <= now);
              const calls = res.filter(r => r.name.includes('v-r='));
              const scripts = res.filter(r => r.initiatorType === 'script' || /[.]js([?]|$)/.test(r.name));
              return {
                firstByte: nav.responseStart, pageReceived: nav.responseEnd,
                scriptsReceived: Math.max(0, ...scripts.map(r => r.responseEnd)),
                domReady: nav.domContentLoadedEventEnd, serverCalls: calls.length,
                serverWait: calls.reduce((sum, r) => sum + (r.responseStart - r.requestStart), 0),
                lastCallReceived: Math.max(0, ...calls.map(r => r.responseEnd)), firstRow: now
              };
            }
            function check() {
              const grid = document.getElementById('inbox-grid');
              if (grid) {
                for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                  if (cell.textContent.includes(code)) { done(timing(performance.now())); return; }
                }
              }
              setTimeout(check, 5);
            }
            check();""";

    Result run(int port, String username, String password, String firstRowCode, int warmup, int navigations) {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login(username, password);
            browser.waitFor(d -> {
                String url = d.getCurrentUrl();
                return url == null || url.contains("/login") ? null : true;
            });
            browser.find(By.id("current-user"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Map<String, Samples> phases = new LinkedHashMap<>();
            PHASES.keySet().forEach(key -> phases.put(key, new Samples()));
            for (int i = -warmup; i < navigations; i++) {
                browser.open("/inbox");
                Object reported = js.executeAsyncScript(ROWS_SHOWN, firstRowCode);
                if (!(reported instanceof Map<?, ?> timing) || !(timing.get("firstRow") instanceof Number)) {
                    throw new IllegalStateException("the inbox page reported no time: " + reported);
                }
                if (i >= 0) {
                    // milliseconds (a count for serverCalls) as the samples' nanoseconds
                    phases.forEach((key, samples) -> {
                        if (!(timing.get(key) instanceof Number value)) {
                            throw new IllegalStateException("the inbox page reported no " + key + ": " + timing);
                        }
                        samples.add((long) (value.doubleValue() * 1e6));
                    });
                }
            }
            browser.screenshot("bench-inbox");
            Map<String, Samples.Summary> summaries = new LinkedHashMap<>();
            phases.forEach((key, samples) -> summaries.put(key, samples.summary()));
            Samples firstRow = phases.get("firstRow");
            return new Result(
                    username,
                    navigations,
                    java.util.Objects.requireNonNull(firstRow).summary(),
                    firstRowCode,
                    summaries);
        }
    }
}
