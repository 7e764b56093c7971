package cn.perftarget.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.ui.browser.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role's overview in a real browser: the page opens, ECharts draws the chart (a canvas inside the chart's
 * element), and a mouse click on a bar lands on the matching list with its filters. Screenshots under
 * {@code target/screenshots/overview-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverviewBrowserTest {

    /** Finds, in the chart's own option, the middle of the first non-empty bar of a series (stacked or not). */
    private static final String BAR_POINT = """
            const el = document.getElementById(arguments[0]);
            const chart = window.echarts && window.echarts.getInstanceByDom(el);
            if (!chart) return null;
            const option = chart.getOption();
            const series = option.series, s = arguments[1];
            for (let i = 0; i < series[s].data.length; i++) {
              const v = Number(series[s].data[i]);
              if (v > 0) {
                let below = 0;
                if (series[s].stack) for (let k = 0; k < s; k++) below += Number(series[k].data[i]) || 0;
                const p = chart.convertToPixel({seriesIndex: s}, [i, below + v / 2]);
                return {x: p[0], y: p[1], w: el.clientWidth, h: el.clientHeight, category: i};
              }
            }
            return null;""";

    @LocalServerPort
    int port;

    @Test
    void theAuditorsOverviewDrawsAndABarOpensTheRegionList() {
        open("shenji", "auditor", 4, "region-tables", "region-grid");
    }

    @Test
    void theDepartmentReviewersOverviewDrawsAndABarOpensTheInbox() {
        open("bumen", "department", 1, "inbox", "inbox-grid");
    }

    @Test
    void theFiscalReviewersOverviewDrawsAndABarOpensTheInbox() {
        open("caizheng", "fiscal", 2, "inbox", "inbox-grid");
    }

    /** Opens the overview, waits for the canvas, clicks the first bar of the series, expects the list. */
    private void open(String user, String name, int series, String route, String gridId) {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login(user, "demo123");
            browser.find(By.id("greeting"));
            browser.open("/overview");
            WebElement chart = browser.find(By.id("overview-chart-status"));
            browser.waitFor(
                    d -> chart.findElements(By.cssSelector("canvas, svg")).isEmpty() ? null : true);
            assertThat(chart.getAttribute("data-drawn")).isEqualTo("true");
            assertThat(browser.find(By.id("overview-grid-status")).isDisplayed())
                    .isTrue();
            @SuppressWarnings("unchecked")
            Map<String, Object> point = browser.waitFor(
                    d -> (Map<String, Object>) browser.script(BAR_POINT, "overview-chart-status", series));
            browser.screenshot("overview-" + name);
            int x = ((Number) point.get("x")).intValue() - ((Number) point.get("w")).intValue() / 2;
            int y = ((Number) point.get("y")).intValue() - ((Number) point.get("h")).intValue() / 2;
            new Actions(browser.driver()).moveToElement(chart, x, y).click().perform();
            browser.waitFor(d -> d.getCurrentUrl().contains("/" + route + "?") ? true : null);
            String url = browser.driver().getCurrentUrl();
            assertThat(url).contains("status=").contains("year=");
            browser.find(By.id(gridId));
            browser.screenshot("overview-" + name + "-drilled");
            List<String> errors = browser.console().stream()
                    .filter(l -> l.startsWith("SEVERE"))
                    .filter(l -> !l.contains("favicon"))
                    .toList();
            assertThat(errors).as("browser console errors").isEmpty();
        }
    }
}
