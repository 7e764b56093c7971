package cn.perftarget.domain.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line above a table naming its unit: {@code 438001唐山市路南区数据和行政审批局本级}. */
record UnitLine(String code, String name) {

    private static final Pattern UNIT = Pattern.compile("^\\s*(\\d{6})(?!\\d)\\s*(\\S.*?)?\\s*$");

    static Optional<UnitLine> parse(String text) {
        Matcher m = UNIT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new UnitLine(m.group(1), m.group(2) == null ? "" : m.group(2)));
    }
}
