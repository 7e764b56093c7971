package cn.perftarget.ui.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.LockedAccount;
import cn.perftarget.domain.account.Totp;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.profile.ProfileView;
import cn.perftarget.ui.securitylog.SecurityLogView;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.account.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 三员分立 on the screens: the 安全管理员 sees the locked accounts and the policy and unlocks, the 审计管理员 reads and
 * filters the security log, nobody else opens either (refused like a missing page, and logged), and anyone may
 * change the password and enrol a second factor in 个人设置.
 */
class SecurityScreensKaribuTest extends KaribuTest {

    @Autowired
    SignIn signIn;

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SecurityLog securityLog;

    @Test
    void theSecurityAdministratorUnlocksALockedAccount() {
        String name = person("locked");
        for (int i = 0; i < 5; i++) {
            signIn.password(name, "wrong-" + i, "192.0.2.1");
        }
        login("anquan");
        LockedAccountsView view = navigate("security/accounts", LockedAccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<LockedAccount> grid = _get(Grid.class, s -> s.withId("locked-accounts"));
        assertThat(GridKt._findAll(grid)).extracting(LockedAccount::username).contains(name);
        assertThat(_get(view, com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("policy"))
                        .getElement()
                        .getTextRecursively())
                .contains("至少 10 个字符")
                .contains("连续输错 5 次密码或验证码，账号锁定 15 分钟")
                .contains("空闲 30 分钟或登录 12 小时后自动结束");

        List<LockedAccount> rows = GridKt._findAll(grid);
        int row = rows.indexOf(
                rows.stream().filter(a -> a.username().equals(name)).findFirst().orElseThrow());
        Button unlock = (Button) GridKt._getCellComponent(grid, row, "unlock");
        assertThat(unlock.getId()).hasValue("unlock-" + name);
        _click(unlock);
        assertThat(GridKt._findAll(grid)).extracting(LockedAccount::username).doesNotContain(name);
        assertThat(securityLog.latest(SecurityEventType.UNLOCKED, 5))
                .anyMatch(e ->
                        name.equals(e.event().object()) && e.event().subject().equals("anquan"));
    }

    @Test
    void theAuditAdministratorFiltersTheSecurityLog() {
        String name = person("audited");
        signIn.password(name, "wrong", "192.0.2.2");
        login("shenjiguan");
        navigate("security/log", SecurityLogView.class);
        @SuppressWarnings("unchecked")
        Grid<SecurityLogEntry> grid = _get(Grid.class, s -> s.withId("security-log"));
        List<SecurityLogEntry> all = GridKt._findAll(grid);
        assertThat(all).isNotEmpty();
        assertThat(all.get(0).seq())
                .as("newest first")
                .isGreaterThan(all.get(all.size() - 1).seq());

        _setValue(_get(TextField.class, s -> s.withId("log-person")), name);
        assertThat(GridKt._findAll(grid)).singleElement().satisfies(e -> {
            assertThat(e.event().type()).isEqualTo(SecurityEventType.LOGIN_FAILED);
            assertThat(e.event().clientAddress()).isEqualTo("192.0.2.2");
        });
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("登录失败", "失败", "密码错误");
        @SuppressWarnings("unchecked")
        ComboBox<SecurityEventType> type = _get(ComboBox.class, s -> s.withId("log-type"));
        _setValue(type, SecurityEventType.LOGIN);
        assertThat(GridKt._findAll(grid)).isEmpty();
    }

    @Test
    void nobodyElseOpensTheAdministratorsScreensAndTheRefusalIsLogged() {
        for (String user : new String[] {"bianzhi", "admin", "shenjiguan"}) {
            login(user);
            UI.getCurrent().navigate("security/accounts");
            assertThat(currentView()).as(user).isInstanceOf(PageNotFoundView.class);
        }
        for (String user : new String[] {"caizheng", "anquan", "yunwei"}) {
            login(user);
            UI.getCurrent().navigate("security/log");
            assertThat(currentView()).as(user).isInstanceOf(PageNotFoundView.class);
        }
        assertThat(securityLog.latest(SecurityEventType.ACCESS_REFUSED, 20))
                .anyMatch(e -> e.event().subject().equals("bianzhi")
                        && "/security/accounts".equals(e.event().object())
                        && "security.detail.route".equals(e.event().details()))
                .anyMatch(e -> e.event().subject().equals("anquan")
                        && "/security/log".equals(e.event().object()));
    }

    @Test
    void anyoneChangesThePasswordAndEnrolsASecondFactorInTheProfile() {
        String name = person("profile");
        login(name);
        navigate("profile", ProfileView.class);
        _setValue(_get(PasswordField.class, s -> s.withId("profile-current")), "not-my-password");
        _setValue(_get(PasswordField.class, s -> s.withId("profile-new")), "Beidaihe-2026-x");
        _setValue(_get(PasswordField.class, s -> s.withId("profile-repeat")), "Beidaihe-2026-x");
        _click(_get(Button.class, s -> s.withId("profile-change")));
        assertThat(_get(PasswordField.class, s -> s.withId("profile-new")).getErrorMessage())
                .isEqualTo("当前密码不正确");
        _setValue(_get(PasswordField.class, s -> s.withId("profile-current")), "Initial-Pass-2026");
        _click(_get(Button.class, s -> s.withId("profile-change")));
        assertThat(encoder.matches(
                        "Beidaihe-2026-x",
                        users.findByUsername(name).orElseThrow().passwordHash()))
                .isTrue();

        _click(_get(Button.class, s -> s.withId("profile-enrol")));
        String secret = _get(Span.class, s -> s.withId("totp-secret")).getText().replace(" ", "");
        assertThat(accounts.find(name).orElseThrow().enrolled()).isFalse();
        _setValue(
                _get(TextField.class, s -> s.withId("enrol-code")), new Totp().code(secret, Totp.step(Instant.now())));
        _click(_get(Button.class, s -> s.withId("enrol-submit")));
        assertThat(accounts.find(name).orElseThrow().sealedSecret()).isNotNull().doesNotContain(secret);
        assertThat(_find(Button.class, s -> s.withId("profile-enrol"))).isEmpty();
        assertThat(signIn.password(name, "Beidaihe-2026-x", null).steps()).hasSize(1);
    }

    /** A drafter of its own, with the password Initial-Pass-2026. */
    private String person(String prefix) {
        String name = prefix + "-" + System.nanoTime();
        users.createIfAbsent(
                name,
                "测试用户",
                encoder.encode("Initial-Pass-2026"),
                organisations.findByCode("442001").orElseThrow().savedId(),
                EnumSet.of(Role.DRAFTER),
                false);
        return name;
    }
}
