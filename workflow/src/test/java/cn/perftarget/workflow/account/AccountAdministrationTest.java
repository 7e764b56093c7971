package cn.perftarget.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogFilter;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.security.SecurityLogReading;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * 三员分立 and the re-read of the acting user: the administrators review nothing, only the 安全管理员 unlocks and
 * assigns roles, only the 审计管理员 reads the security log, a disabled or moved user loses access at the next call,
 * and every refusal of the services is in the security log although the action rolled back.
 */
@RecordApplicationEvents
class AccountAdministrationTest extends WorkflowTestSupport {

    @Autowired
    AccountAdministration administration;

    @Autowired
    Passwords passwords;

    @Autowired
    SignIn signIn;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    SecurityLogReading securityLogReading;

    @Autowired
    UserGroups groups;

    @Autowired
    ApplicationEvents events;

    @Test
    void noAdministratorHasAReviewGroupOrATableInScope() {
        long id = submitted(user("bianzhi"));
        for (String admin : new String[] {"admin", "anquan", "shenjiguan", "yunwei"}) {
            AppUser a = user(admin);
            assertThat(groups.of(a)).as(admin).allMatch(g -> g.equals("camunda-admin"));
            assertThatThrownBy(() -> reader.table(a, id)).as(admin).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> approvals.claim(a, taskId(id))).as(admin).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> approvals.pass(a, taskId(id), null))
                    .as(admin)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(securityLog.latest(SecurityEventType.ACCESS_REFUSED, 50))
                .anyMatch(e -> e.event().subject().equals("anquan")
                        && ("PASS task:" + taskId(id)).equals(e.event().object()));
    }

    @Test
    void anAdministratorRoleIsHeldAloneAndOnlyTheSecurityAdministratorAssignsRoles() {
        TestOrganisation org = newOrganisation();
        String name = org.drafter2.username();
        assertThatThrownBy(() -> administration.changeRoles(
                        user("anquan"), name, EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> administration.changeRoles(
                        user("anquan"), name, EnumSet.of(Role.SECURITY_ADMIN, Role.DEPT_REVIEWER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> administration.changeRoles(user("admin"), name, EnumSet.of(Role.AUDITOR)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.changeRoles(user("anquan"), "anquan", EnumSet.of(Role.AUDITOR)))
                .isInstanceOf(NotAllowedException.class);

        administration.changeRoles(user("anquan"), name, EnumSet.of(Role.DRAFTER, Role.AUDITOR));
        assertThat(user(name).roles()).containsExactlyInAnyOrder(Role.DRAFTER, Role.AUDITOR);
        assertThat(securityLog.latest(SecurityEventType.RIGHTS_CHANGED, 10))
                .anyMatch(e -> name.equals(e.event().object())
                        && e.event().details().equals("[DRAFTER] -> [DRAFTER, AUDITOR]"));
        assertThat(events.stream(AccountChanged.class).map(AccountChanged::username))
                .contains(name);
    }

    @Test
    void aDisabledUserIsRefusedAtTheNextCallAndAMovedUserSeesTheNewScope() {
        TestOrganisation org = newOrganisation();
        AppUser drafter = org.drafter1;
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        long id = create(drafter, cn.perftarget.workflow.support.SeedContent.clean());
        assertThat(reader.table(drafter, id).id()).isEqualTo(id);
        // the 系统管理员 of another region may not touch the account
        assertThatThrownBy(() -> administration.moveTo(user("admin"), drafter.username(), org.unit2.code()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("不在您管理的区划内");

        // moved to the other unit: the object of the sign-in still names the old unit, the services read it again
        administration.moveTo(admin, drafter.username(), org.unit2.code());
        assertThatThrownBy(() -> reader.table(drafter, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> approvals.submit(drafter, id)).isInstanceOf(NotFoundException.class);
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 10))
                .anyMatch(e -> drafter.username().equals(e.event().object())
                        && e.event().subject().equals(admin.username()));

        administration.setEnabled(admin, drafter.username(), false);
        assertThatThrownBy(() -> reader.unitYears(drafter)).isInstanceOf(NotAllowedException.class);
        assertThat(signIn.password(drafter.username(), TestOrganisation.PASSWORD, null)
                        .outcome())
                .isEqualTo(SignInResult.Outcome.REFUSED);
        assertThat(events.stream(AccountChanged.class).map(AccountChanged::username))
                .contains(drafter.username());
        assertThat(securityLog.latest(SecurityEventType.ACCESS_REFUSED, 20))
                .anyMatch(e -> e.event().subject().equals(drafter.username())
                        && ("SUBMIT table:" + id).equals(e.event().object())
                        && e.event().outcome() == SecurityOutcome.FAILURE);
    }

    @Test
    void aResetPasswordMustBeChangedAndFollowsThePolicy() {
        TestOrganisation org = newOrganisation();
        AppUser drafter = org.drafter1;
        AppUser anquan = administratorOf(org, Role.SECURITY_ADMIN);
        assertThatThrownBy(() -> passwords.reset(user("anquan"), drafter.username(), "Temporary-2026-x"))
                .as("the 安全管理员 of another region")
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> passwords.reset(anquan, drafter.username(), "short"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("密码至少需要 10 个字符");
        passwords.reset(anquan, drafter.username(), "Temporary-2026-x");
        assertThat(signIn.password(drafter.username(), "Temporary-2026-x", null).steps())
                .containsExactly(PendingStep.CHANGE_PASSWORD);
        assertThatThrownBy(() -> passwords.changeAtSignIn(drafter.username(), "Temporary-2026-x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能与当前密码相同");
        passwords.changeAtSignIn(drafter.username(), "My-own-choice-77");
        assertThat(accounts.find(drafter.username()).orElseThrow().mustChangePassword())
                .isFalse();
        assertThat(securityLog.latest(SecurityEventType.PASSWORD_RESET, 10))
                .anyMatch(e -> drafter.username().equals(e.event().object()));
        assertThat(securityLog.latest(SecurityEventType.PASSWORD_CHANGED, 10))
                .anyMatch(e -> drafter.username().equals(e.event().object()));
    }

    @Test
    void onlyTheAuditAdministratorReadsTheSecurityLog() {
        assertThat(securityLogReading.page(user("shenjiguan"), SecurityLogFilter.NONE, 0, 10))
                .isNotEmpty();
        SecurityLogFilter refusals =
                new SecurityLogFilter(SecurityEventType.ACCESS_REFUSED, "anquan", SecurityOutcome.FAILURE, null, null);
        assertThatThrownBy(() -> securityLogReading.page(user("anquan"), SecurityLogFilter.NONE, 0, 10))
                .isInstanceOf(NotAllowedException.class);
        assertThat(securityLogReading.page(user("shenjiguan"), refusals, 0, 10))
                .isNotEmpty()
                .allMatch(e -> e.event().type() == SecurityEventType.ACCESS_REFUSED);
        assertThat(securityLogReading.count(user("shenjiguan"), refusals)).isPositive();
    }
}
