package cn.perftarget.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The webapps' authorizations: operators everywhere, nobody else anywhere — not even Tasklist, where a candidate could
 * once list every user of every region and change the tasks of the approval process.
 * Authorization checks on, as in the application.
 */
@SpringBootTest(properties = "camunda.bpm.authorization.enabled=true")
class IdentityAuthorizationsTest {

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngine engine;

    @Autowired
    WebappAuthorizations webappAuthorizations;

    @Test
    void anOperatorMayUseEveryApplication() {
        for (String app : new String[] {"cockpit", "admin", "tasklist"}) {
            assertThat(mayAccess("yunwei", app)).as(app).isTrue();
        }
        assertThat(authorizationService.isUserAuthorized(
                        "yunwei", groupsOf("yunwei"), Permissions.ALL, Resources.PROCESS_DEFINITION))
                .isTrue();
    }

    @Test
    void nobodyButOperatorsMayUseAWebapp() {
        for (String user :
                new String[] {"bumen", "caizheng", "bianzhi", "shuangzhi", "shenji", "admin", "anquan", "shenjiguan"}) {
            assertThat(mayAccess(user, "tasklist")).as(user).isFalse();
            assertThat(mayAccess(user, "cockpit")).as(user).isFalse();
            assertThat(mayAccess(user, "admin")).as(user).isFalse();
        }
    }

    @Test
    void creatingTheAuthorizationsAgainAddsNothing() {
        long before = authorizationService.createAuthorizationQuery().count();
        webappAuthorizations.postProcessEngineBuild(engine);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
        assertThat(authorizationService
                        .createAuthorizationQuery()
                        .groupIdIn(Groups.CAMUNDA_ADMIN)
                        .resourceId("*")
                        .count())
                .isEqualTo(Resources.values().length);
    }

    private boolean mayAccess(String user, String application) {
        return authorizationService.isUserAuthorized(
                user, groupsOf(user), Permissions.ACCESS, Resources.APPLICATION, application);
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
    }
}
