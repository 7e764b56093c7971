package cn.perftarget.bench;

import cn.perftarget.ui.browser.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The inbox as a person sees it (issue 6): headless Debian Chromium, logged in as a reviewer, opens /inbox — a full
 * page load: Vaadin's bootstrap, the view with its counts, the grid's first data request — and the page itself
 * reports, with performance.now(), the moment the expected first row is in the grid, counted from the start of the
 * navigation. Needs the chromium and chromium-driver packages.
 */
final class BrowserInboxBenchmark {

    record Result(String username, int navigations, Samples.Summary navigationToRows, String firstRowCode) {}

    private static final String ROWS_SHOWN = """
            const code = arguments[0];
            const done = arguments[arguments.length - 1];
            function check() {
              const grid = document.getElementById('inbox-grid');
              if (grid) {
                for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                  if (cell.textContent.includes(code)) { done(performance.now()); return; }
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
            Samples samples = new Samples();
            for (int i = -warmup; i < navigations; i++) {
                browser.open("/inbox");
                Object ms = js.executeAsyncScript(ROWS_SHOWN, firstRowCode);
                if (!(ms instanceof Number millis)) {
                    throw new IllegalStateException("the inbox page reported no time: " + ms);
                }
                if (i >= 0) {
                    samples.add((long) (millis.doubleValue() * 1e6));
                }
            }
            browser.screenshot("bench-inbox");
            return new Result(username, navigations, samples.summary(), firstRowCode);
        }
    }
}
