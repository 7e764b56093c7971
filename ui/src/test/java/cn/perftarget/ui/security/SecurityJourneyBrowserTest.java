package cn.perftarget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.DemoCodes;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.browser.Browser;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.account.Passwords;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 身份鉴别 and 安全审计 as people meet them, in headless Chromium on the real app: a fresh database started with the
 * bootstrap password (the three first administrators) and demo mode. Five wrong passwords lock an account with a
 * message saying until when; the 安全管理员 unlocks it; a reset password must be changed at the next sign-in, and
 * the password policy says why it refuses; a first administrator changes the initial password and enrols TOTP
 * before anything else, then signs in with a code; an idle session (20 s here, heartbeats every 5 s) expires and the
 * login page says so; the 审计管理员's security log shows each of these events. No page breaks the content
 * security policy. Screenshots: {@code target/screenshots/security-*.png}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "perftarget.bootstrap.admin-password=" + SecurityJourneyBrowserTest.INITIAL,
            "perftarget.session.idle-timeout=20s",
            "vaadin.heartbeatInterval=5"
        })
class SecurityJourneyBrowserTest {

    static final String INITIAL = "Qhd-Chushi-2026#";
    private static final String AUDIT_ADMIN_PASSWORD = "Shenji-Guanli-7788";

    @LocalServerPort
    int port;

    @Autowired
    Passwords passwords;

    @Autowired
    Accounts accounts;

    private final List<String> console = new ArrayList<>();

    @Test
    void lockUnlockPolicyFirstSignInSecondFactorIdleTimeoutAndTheSecurityLog() throws Exception {
        lockedAfterFiveWrongPasswordsUntilAGivenTime();
        theSecurityAdministratorUnlocks();
        aResetPasswordMustBeChangedAndThePolicySaysWhy();
        String secret = aFirstAdministratorChangesThePasswordAndEnrolsBeforeAnythingElse();
        anIdleSessionExpiresAndTheLoginPageSaysSo();
        anOperatorSeesTheHealthDetails();
        theAuditAdministratorSeesEachEvent(secret);
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy"));
    }

    private void lockedAfterFiveWrongPasswordsUntilAGivenTime() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            for (int i = 1; i <= 4; i++) {
                browser.login("bianzhi2", "wrong-password-" + i);
                browser.waitFor(d -> d.getCurrentUrl().endsWith("/login?error") ? true : null);
            }
            browser.login("bianzhi2", "wrong-password-5");
            String notice = text(browser, "login-notice");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login?locked");
            assertThat(notice).startsWith("连续多次输错密码或验证码，账号已锁定至 20").contains("（北京时间）");
            browser.screenshot("security-01-locked");
            // the right password does not open it
            browser.login("bianzhi2", "demo123");
            assertThat(text(browser, "login-notice")).contains("账号已锁定至");
            console.addAll(browser.console());
        }
    }

    private void theSecurityAdministratorUnlocks() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("anquan", "demo123");
            code(browser, DemoCodes.next("anquan"));
            browser.find(By.id("greeting"));
            browser.open("/security/accounts");
            browser.find(By.id("unlock-bianzhi2"));
            assertThat(browser.find(By.id("policy")).getText())
                    .contains("至少 10 个字符")
                    .contains("连续输错 5 次密码或验证码，账号锁定 15 分钟");
            browser.screenshot("security-02-locked-accounts");
            browser.find(By.id("unlock-bianzhi2")).click();
            browser.waitFor(d -> d.findElements(By.id("unlock-bianzhi2")).isEmpty() ? true : null);
            console.addAll(browser.console());
        }
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("bianzhi2", "demo123");
            assertThat(browser.find(By.id("greeting")).getText()).contains("赵编制");
            browser.find(By.id("logout")).click();
            browser.find(By.cssSelector("vaadin-login-form"));
        }
    }

    private void aResetPasswordMustBeChangedAndThePolicySaysWhy() {
        AppUser anquan = accounts.find("anquan").orElseThrow();
        passwords.reset(anquan, "bianzhi3", "Temporary-Pass-2026");
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("bianzhi3", "Temporary-Pass-2026");
            browser.find(By.id("new-password"));
            assertThat(browser.find(By.id("password-rule")).getText()).startsWith("密码至少 10 个字符");
            // nothing else opens before the change
            browser.open("/tables");
            browser.find(By.cssSelector("vaadin-login-form"));
            browser.open("/login/steps");
            newPassword(browser, "short1");
            assertThat(error(browser, "new-password")).contains("密码至少需要 10 个字符");
            newPassword(browser, "password1234");
            assertThat(error(browser, "new-password")).contains("至少 3 类").doesNotContain("10 个字符");
            newPassword(browser, "Bianzhi3-2026!");
            assertThat(error(browser, "new-password")).contains("密码不能包含用户名");
            browser.screenshot("security-03-policy-refused");
            newPassword(browser, "Qinhuangdao-2026");
            assertThat(browser.find(By.id("greeting")).getText()).contains("钱编制");
            console.addAll(browser.console());
        }
    }

    private String aFirstAdministratorChangesThePasswordAndEnrolsBeforeAnythingElse() {
        String secret;
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("auditadmin", INITIAL);
            browser.find(By.id("new-password"));
            browser.screenshot("security-04-first-sign-in");
            newPassword(browser, AUDIT_ADMIN_PASSWORD);
            secret = text(browser, "totp-secret").replace(" ", "");
            assertThat(secret).hasSize(32);
            assertThat((Boolean) browser.script(
                            "return document.getElementById('totp-qr').src.startsWith('data:image/png;base64,')"))
                    .isTrue();
            browser.screenshot("security-05-enrol");
            WebElement code = browser.find(By.cssSelector("#enrol-code input"));
            code.sendKeys("123456");
            browser.find(By.id("enrol-submit")).click();
            assertThat(error(browser, "enrol-code")).contains("验证码不正确");
            select(code);
            code.sendKeys(DemoCodes.next("auditadmin", secret));
            browser.find(By.id("enrol-submit")).click();
            assertThat(browser.find(By.id("greeting")).getText()).contains("审计管理员");
            console.addAll(browser.console());
        }
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("auditadmin", AUDIT_ADMIN_PASSWORD);
            code(browser, "000000");
            assertThat(error(browser, "code")).contains("验证码不正确");
            browser.screenshot("security-06-code");
            WebElement field = browser.find(By.cssSelector("#code input"));
            select(field);
            field.sendKeys(DemoCodes.next("auditadmin", secret));
            browser.find(By.id("code-submit")).click();
            assertThat(browser.find(By.id("greeting")).getText()).contains("审计管理员");
            // operators only: the health details stay hidden from the audit administrator
            browser.open("/actuator/health");
            assertThat(browser.driver().getPageSource()).contains("UP").doesNotContain("components");
        }
        return secret;
    }

    private void anIdleSessionExpiresAndTheLoginPageSaysSo() throws InterruptedException {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("bianzhi", "demo123");
            browser.find(By.id("greeting"));
            // heartbeats every 5 s keep the page alive but are no activity: after 20 s idle the session ends
            Thread.sleep(22_000);
            String notice = text(browser, "login-notice");
            assertThat(notice).isEqualTo("您的会话已超时或已结束，请重新登录。");
            browser.screenshot("security-07-session-expired");
            console.addAll(browser.console());
        }
    }

    private void anOperatorSeesTheHealthDetails() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("yunwei", "demo123");
            code(browser, DemoCodes.next("yunwei"));
            browser.find(By.id("greeting"));
            browser.open("/actuator/health");
            assertThat(browser.driver().getPageSource()).contains("components").contains("db");
        }
    }

    private void theAuditAdministratorSeesEachEvent(String secret) {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("auditadmin", AUDIT_ADMIN_PASSWORD);
            code(browser, DemoCodes.next("auditadmin", secret));
            browser.find(By.id("greeting"));
            browser.open("/security/log");
            browser.find(By.id("security-log"));
            assertThat(cells(rowsFor(browser, "bianzhi2", "解除锁定")))
                    .contains("登录失败", "账号锁定", "解除锁定", "登录成功", "退出登录", "密码错误", "账号已锁定");
            browser.screenshot("security-08-log-lock");
            assertThat(cells(rowsFor(browser, "bianzhi3", "重置密码"))).contains("重置密码", "修改密码", "登录时按要求修改", "登录成功");
            assertThat(cells(rowsFor(browser, "bianzhi", "会话超时"))).contains("会话超时", "空闲超时");
            assertThat(cells(rowsFor(browser, "auditadmin", "双因素认证")))
                    .contains("修改密码", "双因素认证", "已绑定双因素认证", "验证码错误", "登录成功");
            browser.screenshot("security-09-log-second-factor");
            console.addAll(browser.console());
        }
    }

    /**
     * The rows the security log shows once filtered to one person (each row's cells joined by "|"): waits until
     * every row shown concerns that person and one of them shows {@code expected}.
     */
    private static List<String> rowsFor(Browser browser, String person, String expected) {
        WebElement field = browser.find(By.cssSelector("#log-person input"));
        select(field);
        field.sendKeys(person);
        return browser.waitFor(d -> {
            @SuppressWarnings("unchecked")
            List<String> rows = (List<String>) browser.script("const grid = document.getElementById('security-log');"
                    + "return Array.from(grid.shadowRoot.querySelectorAll('#items tr:not([hidden])'))"
                    + ".map(tr => Array.from(tr.querySelectorAll('slot'))"
                    + ".map(s => s.assignedNodes().map(n => n.textContent.trim()).join('')).join('|'))"
                    + ".filter(r => r.replaceAll('|', '').length > 0)");
            boolean theirs = !rows.isEmpty()
                    && rows.stream().allMatch(r -> List.of(r.split("\\|")).contains(person));
            return theirs && rows.stream().anyMatch(r -> r.contains(expected)) ? rows : null;
        });
    }

    private static List<String> cells(List<String> rows) {
        return rows.stream().flatMap(r -> List.of(r.split("\\|")).stream()).toList();
    }

    private static void code(Browser browser, String code) {
        browser.find(By.cssSelector("#code input")).sendKeys(code);
        browser.find(By.id("code-submit")).click();
    }

    private static void newPassword(Browser browser, String password) {
        WebElement next = browser.find(By.cssSelector("#new-password input"));
        WebElement repeat = browser.find(By.cssSelector("#repeat-password input"));
        select(next);
        next.sendKeys(password);
        select(repeat);
        repeat.sendKeys(password);
        browser.find(By.id("password-submit")).click();
    }

    private static void select(WebElement input) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    }

    /** The error message of a Vaadin field once it is shown. */
    private static String error(Browser browser, String id) {
        return browser.waitFor(d -> {
            Object message = browser.script(
                    "const f = document.getElementById(arguments[0]); return f && f.invalid ? f.errorMessage : null",
                    id);
            return message == null || message.toString().isBlank() ? null : message.toString();
        });
    }

    private static String text(Browser browser, String id) {
        return browser.waitFor(d -> d.findElements(By.id(id)).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse(null));
    }
}
