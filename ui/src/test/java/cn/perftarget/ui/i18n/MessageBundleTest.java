package cn.perftarget.ui.i18n;

import cn.perftarget.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text comes from the bundles; the Chinese and English bundles have the same keys. */
class MessageBundleTest {

    /** A literal key: the whole first argument ("prefix." + name builds a key at run time and is not one). */
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([A-Za-z0-9_.-]+)\"\\s*[,)]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> zh = keys(TranslationProvider.CHINESE);
        Set<String> en = keys(TranslationProvider.ENGLISH);
        assertThat(zh).isNotEmpty();
        assertThat(en).as("keys missing in English").containsAll(zh);
        assertThat(zh).as("keys missing in Chinese").containsAll(en);
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(keys(TranslationProvider.CHINESE)).containsAll(used);
    }

    @Test
    void chineseIsTheDefaultForOtherLanguages() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo("退出登录");
        assertThat(provider.getTranslation("nav.logout", Locale.US)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("home.greeting", Locale.SIMPLIFIED_CHINESE, "王编制", "编制人"))
                .isEqualTo("您好，王编制（编制人）");
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = TranslationProvider.bundle(locale);
        assertThat(bundle.getLocale()).isEqualTo(locale);
        return new TreeSet<>(bundle.keySet());
    }
}
