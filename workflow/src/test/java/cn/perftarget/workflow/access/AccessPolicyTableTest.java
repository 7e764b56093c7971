package cn.perftarget.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.user.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md shows the access policy as generated from {@link AccessPolicy}, so the page never drifts from the
 * code. To regenerate it: {@value #REGENERATE}.
 */
class AccessPolicyTableTest {

    static final String REGENERATE = "./mvnw -pl workflow -am test -Dtest=AccessPolicyTableTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dperftarget.regenerate=true";

    private static Path page() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolve("../docs/security.md").normalize();
    }

    @Test
    void theSecurityPageShowsThePolicyInForce() throws IOException {
        String page = Files.readString(page(), StandardCharsets.UTF_8);
        int begin = page.indexOf(AccessPolicyTable.BEGIN);
        int end = page.indexOf(AccessPolicyTable.END);
        assertThat(begin).as("docs/security.md has the access-policy markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String generated = "\n" + AccessPolicyTable.markdown();
        String shown = page.substring(begin + AccessPolicyTable.BEGIN.length(), end);
        if (Boolean.getBoolean("perftarget.regenerate") && !shown.equals(generated)) {
            Files.writeString(
                    page(),
                    page.substring(0, begin + AccessPolicyTable.BEGIN.length()) + generated + page.substring(end));
            shown = generated;
        }
        assertThat(shown)
                .as(
                        "docs/security.md differs from AccessPolicy; regenerate it from the repository root with: %s",
                        REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyActionHasARowWithItsRolesAndNoAdministratorReachesATable() {
        String table = AccessPolicyTable.markdown();
        for (ServiceAction action : ServiceAction.values()) {
            assertThat(table).contains("| `" + action.name() + "` ");
            Grant grant = AccessPolicy.grant(action);
            assertThat(grant.roles()).isNotEmpty();
            if (grant.reach() != Reach.SYSTEM && grant.reach() != Reach.REGION && grant.reach() != Reach.OWN_REGION) {
                assertThat(grant.roles())
                        .as("三员分立: no administrator or operator reaches a table with %s", action)
                        .doesNotContain(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.OPERATOR);
            }
        }
        assertThat(table).doesNotContain("!action.").doesNotContain("!reach.").doesNotContain("!role.");
    }
}
