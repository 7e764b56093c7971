package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The linear readings of the unit line and of a heading's debris read exactly what the quadratic regular expressions
 * they replace read, on short texts of the characters that matter.
 */
class LinearExpressionsPropertiesTest {

    private static final Pattern OLD_UNIT = Pattern.compile("^\\s*(\\d{6})(?!\\d)\\s*(\\S.*?)?\\s*$");
    private static final Pattern OLD_BOOKMARK = Pattern.compile("\\[bookmark:[^]]*]");
    private static final Pattern OLD_TOC_FIELD = Pattern.compile("\\s+TC\\s.*$");

    @Property(tries = 3000)
    void theUnitLineIsReadAsBefore(@ForAll("unitLines") String text) {
        Matcher m = OLD_UNIT.matcher(text);
        Optional<UnitLine> before = m.matches()
                ? Optional.of(new UnitLine(m.group(1), m.group(2) == null ? "" : m.group(2)))
                : Optional.empty();
        assertThat(UnitLine.parse(text)).isEqualTo(before);
    }

    @Property(tries = 3000)
    void headingsAreCleanedAsBefore(@ForAll("headings") String line) {
        String before = OLD_TOC_FIELD
                .matcher(OLD_BOOKMARK.matcher(line).replaceAll(""))
                .replaceAll("")
                .strip();
        assertThat(Headings.clean(line)).isEqualTo(before);
    }

    @Provide
    Arbitrary<String> unitLines() {
        return Arbitraries.strings()
                .withChars("0123456789 \t\u3000单位本级x")
                .ofMaxLength(16)
                .map(s -> Arbitraries.of("", " ", "\t", "438001").sample() + s);
    }

    @Provide
    Arbitrary<String> headings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(" \tTCx一、总体目标\\").ofMaxLength(20),
                Arbitraries.of("[bookmark:", "[bookmark: _Toc1]", "]", " TC ", "TC", " ", "一、总体绩效目标", "\\f A")
                        .list()
                        .ofMaxSize(6)
                        .map(parts -> String.join("", parts)));
    }
}
