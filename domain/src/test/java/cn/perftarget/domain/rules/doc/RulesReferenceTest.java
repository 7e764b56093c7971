package cn.perftarget.domain.rules.doc;

import cn.perftarget.domain.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md is what the generator produces from the rule classes, so it never drifts. */
class RulesReferenceTest {

    private static Path page() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolve("../docs/rules.md").normalize();
    }

    @Test
    void checkedInPageIsUpToDate() throws IOException {
        Path page = page();
        assertThat(page).as("docs/rules.md is missing; generate it from the repository root with: %s",
                RulesReference.REGENERATE).exists();
        String checkedIn = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(checkedIn)
                .as("docs/rules.md differs from the rule classes; regenerate it from the repository root with: %s",
                        RulesReference.REGENERATE)
                .isEqualTo(RulesReference.markdown());
    }

    @Test
    void pageListsEveryRule() {
        String page = RulesReference.markdown();
        RuleCatalog.infos().values().forEach(r -> {
            assertThat(page).contains("## " + r.id() + " " + r.name());
            assertThat(page).contains(r.example());
        });
    }
}
