package cn.perftarget.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.ui.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person at a browser: the login page speaks Chinese, refuses a wrong password, and greets by name and role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void wrongPasswordShowsChineseMessageThenRightPasswordGreets() {
        try (Browser browser = new Browser(port, "en-US")) {
            browser.open("/login");
            browser.waitFor(d -> d.getPageSource().contains("项目支出绩效目标表审批系统") ? true : null);
            browser.find(By.cssSelector("vaadin-login-form"));
            browser.screenshot("01-login");

            browser.login("bianzhi", "wrong");
            String errorShown = browser.waitFor(d -> {
                Object shown = browser.script("const f = document.querySelector('vaadin-login-form');"
                        + "return f && f.error ? 'shown' : null;");
                return shown == null ? null : shown.toString();
            });
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login?error");
            browser.screenshot("02-login-refused");
            assertThat(String.valueOf(browser.script(
                            "return document.querySelector('vaadin-login-form').i18n.errorMessage.title")))
                    .isEqualTo("用户名或密码错误");
            assertThat(errorShown).isEqualTo("shown");

            browser.login("bianzhi", "demo123");
            String greeting = browser.waitFor(d -> d.findElements(By.id("greeting")).stream()
                    .findFirst()
                    .map(e -> e.getText())
                    .orElse(null));
            assertThat(greeting).isEqualTo("您好，王编制（编制人）");
            assertThat(browser.find(By.id("current-user")).getText())
                    .contains("王编制")
                    .contains("编制人")
                    .contains("秦皇岛经济技术开发区行政审批局（本级）");
            browser.screenshot("03-home");
        }
    }
}
