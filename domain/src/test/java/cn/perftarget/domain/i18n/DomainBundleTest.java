package cn.perftarget.domain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain bundle on its own, so that the domain build fails fast (the ui's MessageBundleTest checks every module's
 * bundles together): both languages have the same keys, English has no Chinese, every pattern is a valid
 * MessageFormat with its apostrophes quoted, and every key the domain's code names or its Labelled enums produce
 * exists, none built by concatenation.
 */
class DomainBundleTest {

    private static final List<Locale> LANGUAGES = List.of(MessageBundles.CHINESE, MessageBundles.ENGLISH);
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    private static final Pattern BUILT_KEY = Pattern.compile("\"[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.\"\\s*\\+");

    private static ResourceBundle bundle(Locale locale) {
        ResourceBundle b = MessageBundles.bundle(MessageBundles.DOMAIN, locale);
        assertThat(b).isNotNull();
        assertThat(b.getLocale()).isEqualTo(locale);
        return b;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> zh = new TreeSet<>(bundle(MessageBundles.CHINESE).keySet());
        Set<String> en = new TreeSet<>(bundle(MessageBundles.ENGLISH).keySet());
        assertThat(zh).hasSizeGreaterThan(400);
        assertThat(en).as("missing in English").containsAll(zh);
        assertThat(zh).as("missing in Chinese").containsAll(en);
    }

    @Test
    void englishHasNoChinese() {
        ResourceBundle en = bundle(MessageBundles.ENGLISH);
        assertThat(en.keySet().stream().filter(k -> MessageData.hasHan(en.getString(k))))
                .isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormatWithItsApostrophesQuoted() {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        List<String> wrong = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            ResourceBundle b = bundle(locale);
            for (String key : b.keySet()) {
                String pattern = b.getString(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                try {
                    new MessageFormat(pattern, locale);
                } catch (IllegalArgumentException e) {
                    wrong.add(locale + " " + key + ": " + e.getMessage());
                }
                if (lone.matcher(pattern).find()) {
                    wrong.add(locale + " " + key + ": a lone apostrophe");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesOrAnEnumProducesExists() throws IOException, ClassNotFoundException {
        Set<String> known = bundle(MessageBundles.CHINESE).keySet();
        Set<String> prefixes = new TreeSet<>();
        known.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        List<String> built = new ArrayList<>();
        int literals = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = KEY_LITERAL.matcher(text);
                while (m.find()) {
                    if (prefixes.stream().anyMatch(m.group(1)::startsWith)) {
                        literals++;
                        if (!known.contains(m.group(1))) {
                            missing.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                }
                Matcher b = BUILT_KEY.matcher(text);
                while (b.find()) {
                    built.add(f.getFileName() + ": " + b.group());
                }
            }
        }
        int produced = 0;
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.perftarget.domain")) {
            if (c.isEnum() && c.isAssignableTo(Labelled.class)) {
                for (Object constant : Class.forName(c.getName()).getEnumConstants()) {
                    produced++;
                    String key = ((Labelled) constant).labelKey();
                    if (!known.contains(key)) {
                        missing.add(key + " (" + c.getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(literals).isGreaterThan(300);
        assertThat(produced).isGreaterThan(60);
        assertThat(missing).as("keys in no bundle").isEmpty();
        assertThat(built).as("keys built by concatenation").isEmpty();
    }
}
