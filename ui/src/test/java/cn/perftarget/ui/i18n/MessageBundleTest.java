package cn.perftarget.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.i18n.MessageBundles;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text of every module comes from the bundles, in both languages, and every key the code can produce exists:
 * literal keys anywhere in the main sources (also in ternaries and annotations), the keys of every
 * {@link Labelled} enum and of every {@link EnumKeys} family. Keys are never built by concatenation.
 */
class MessageBundleTest {

    /** The main sources of every module, from the ui module's folder. */
    private static final List<Path> SOURCES = Stream.of("../domain", "../workflow", "../bpmn", ".")
            .map(m -> Path.of(m, "src/main/java"))
            .filter(Files::isDirectory)
            .toList();
    /** A string literal shaped like a key: lower-case first segment, dotted. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** A key prefix concatenated with something at run time: {@code "role." + r.name()}. */
    private static final Pattern BUILT_KEY = Pattern.compile("\"[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.\"\\s*\\+");

    private static Map<Path, String> sources;

    @BeforeAll
    static void readSources() {
        sources = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    sources.put(f, Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(sources.keySet().stream().map(Path::toString))
                .anyMatch(p -> p.contains("domain/src"))
                .anyMatch(p -> p.contains("workflow/src"))
                .anyMatch(p -> p.startsWith("./src") || p.startsWith("src"));
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysInEveryBundle() {
        for (String base : TranslationProvider.BUNDLES.baseNames()) {
            Set<String> zh = keys(base, TranslationProvider.CHINESE);
            Set<String> en = keys(base, TranslationProvider.ENGLISH);
            assertThat(zh).as(base).isNotEmpty();
            assertThat(en).as("keys of " + base + " missing in English").containsAll(zh);
            assertThat(zh).as("keys of " + base + " missing in Chinese").containsAll(en);
        }
    }

    @Test
    void noKeyIsInTwoBundles() {
        Map<String, List<String>> where = new TreeMap<>();
        for (String base : TranslationProvider.BUNDLES.baseNames()) {
            keys(base, TranslationProvider.CHINESE)
                    .forEach(k ->
                            where.computeIfAbsent(k, x -> new ArrayList<>()).add(base));
        }
        assertThat(where.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(Map.Entry::getKey))
                .as("keys defined in more than one bundle")
                .isEmpty();
    }

    @Test
    void everyLiteralKeyInTheCodeExists() {
        Set<String> known = TranslationProvider.BUNDLES.keys(TranslationProvider.CHINESE);
        Set<String> prefixes =
                known.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            Matcher m = KEY_LITERAL.matcher(source.getValue());
            while (m.find()) {
                String key = m.group(1);
                if (prefixes.stream().anyMatch(key::startsWith)) {
                    found++;
                    if (!known.contains(key)) {
                        missing.add(key + " (" + source.getKey().getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(missing).as("keys used in the code but in no bundle").isEmpty();
    }

    @Test
    void noKeyIsBuiltByConcatenation() {
        List<String> built = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher m = BUILT_KEY.matcher(text);
            while (m.find()) {
                built.add(file.getFileName() + ": " + m.group());
            }
        });
        assertThat(built)
                .as("build enum keys with Labelled or EnumKeys, so that this test can list them")
                .isEmpty();
    }

    @Test
    void everyKeyAnEnumCanProduceExists() throws ClassNotFoundException {
        List<String> produced = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.perftarget")) {
            if (c.isEnum() && c.isAssignableTo(Labelled.class)) {
                for (Object constant : Class.forName(c.getName()).getEnumConstants()) {
                    produced.add(((Labelled) constant).labelKey());
                }
            }
        }
        for (EnumKeys family : EnumKeys.values()) {
            produced.addAll(family.keys());
        }
        assertThat(produced).hasSizeGreaterThan(20);
        for (Locale locale : List.of(TranslationProvider.CHINESE, TranslationProvider.ENGLISH)) {
            Set<String> known = TranslationProvider.BUNDLES.keys(locale);
            assertThat(produced).as("enum keys missing in " + locale).allMatch(known::contains);
        }
    }

    @Test
    void patternsWithArgumentsQuoteTheirApostrophes() {
        // MessageFormat drops a lone ' and everything up to the next one: "unit's {0}" must be "unit''s {0}"
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        List<String> wrong = new ArrayList<>();
        for (String base : TranslationProvider.BUNDLES.baseNames()) {
            for (Locale locale : List.of(TranslationProvider.CHINESE, TranslationProvider.ENGLISH)) {
                ResourceBundle bundle = MessageBundles.bundle(base, locale);
                for (String key : bundle.keySet()) {
                    String pattern = bundle.getString(key);
                    if (pattern.contains("{0") && lone.matcher(pattern).find()) {
                        wrong.add(base + "_" + locale + ": " + key);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void chineseIsTheDefaultForOtherLanguages() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo("退出登录");
        assertThat(provider.getTranslation("nav.logout", Locale.US)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("home.greeting", Locale.SIMPLIFIED_CHINESE, "王编制", "编制人"))
                .isEqualTo("您好，王编制（编制人）");
        assertThat(provider.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("!no.such.key");
    }

    private static Set<String> keys(String base, Locale locale) {
        ResourceBundle bundle = MessageBundles.bundle(base, locale);
        assertThat(bundle).as(base + " in " + locale).isNotNull();
        assertThat(bundle.getLocale()).as(base + " read from its own file").isEqualTo(locale);
        return new TreeSet<>(bundle.keySet());
    }
}
