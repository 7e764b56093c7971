package cn.perftarget.domain.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what the generator produces from the rule classes, so it never drifts. */
class RulesReferenceTest {

    private static Path page() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolve("../docs/rules.md").normalize();
    }

    @Test
    void checkedInPageIsUpToDate() throws IOException {
        Path page = page();
        assertThat(page)
                .as(
                        "docs/rules.md is missing; generate it from the repository root with: %s",
                        RulesReference.REGENERATE)
                .exists();
        String checkedIn = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(checkedIn)
                .as(
                        "docs/rules.md differs from the rule classes; regenerate it from the repository root with: %s",
                        RulesReference.REGENERATE)
                .isEqualTo(RulesReference.markdown());
    }

    @Test
    void pageListsEveryRule() {
        String page = RulesReference.markdown();
        RuleCatalog.infos().values().forEach(r -> {
            assertThat(page)
                    .contains("## " + r.id() + " " + MessageBundles.domain().chinese(r.name()));
            assertThat(page).contains(MessageBundles.domain().chinese(r.example()));
        });
    }

    @Test
    void thePageCanBeRenderedInEnglish() {
        String page = RulesReference.markdown(MessageBundles.ENGLISH);
        assertThat(page)
                .startsWith("# Pre-review rules reference")
                .contains("## R01 Placeholder performance goals")
                .contains("- Parameters: none")
                .doesNotContain("!rule.")
                .doesNotContain("!reference.");
        // only the keyword lists of the rules' parameters are Chinese: data the rules look for in Chinese tables
        String withoutKeywordLists =
                page.lines().filter(l -> !l.contains(", default: ")).reduce("", String::concat);
        assertThat(withoutKeywordLists).doesNotContainPattern("\\p{IsHan}");
    }
}
