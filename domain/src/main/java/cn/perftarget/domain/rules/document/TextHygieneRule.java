package cn.perftarget.domain.rules.document;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * R32: text hygiene: stray or unbalanced quotes (”e“ written backwards), a 项目编码 broken by spaces or a line break,
 * trailing spaces. Each comes with a one-click clean-up.
 */
public final class TextHygieneRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R32", Severity.INFO, "rule.R32.name", "rule.R32.checks", "rule.R32.example");

    private static final IndicatorColumn[] CELL_COLUMNS = {
        IndicatorColumn.LEVEL3, IndicatorColumn.DESCRIPTION, IndicatorColumn.VALUE, IndicatorColumn.BASIS
    };

    public TextHygieneRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        TargetTable table = t.table();
        String code = table.projectCode();
        if (!code.isBlank() && hasInnerSpace(code.strip())) {
            String fixed = removeSpaces(code);
            out.report(
                    Severity.INFO,
                    Location.field(TableField.PROJECT_CODE),
                    Message.of("rule.R32.codeSpaces", code.strip(), fixed),
                    new Fix(
                            Message.of("rule.R32.fixCode"),
                            tt -> new TargetTable(
                                    fixed,
                                    tt.projectName(),
                                    tt.unitCode(),
                                    tt.unitName(),
                                    tt.fiscalYear(),
                                    tt.budget(),
                                    tt.fiscalFunds(),
                                    tt.otherFunds(),
                                    tt.fundPurpose(),
                                    tt.plan(),
                                    tt.goals(),
                                    tt.indicators())));
        }
        checkText(
                table.projectName(),
                Location.field(TableField.PROJECT_NAME),
                out,
                (tt, s) -> new TargetTable(
                        tt.projectCode(),
                        s,
                        tt.unitCode(),
                        tt.unitName(),
                        tt.fiscalYear(),
                        tt.budget(),
                        tt.fiscalFunds(),
                        tt.otherFunds(),
                        tt.fundPurpose(),
                        tt.plan(),
                        tt.goals(),
                        tt.indicators()));
        checkText(table.fundPurpose(), Location.field(TableField.FUND_PURPOSE), out, TargetTable::withFundPurpose);
        checkText(table.goals(), Location.field(TableField.GOALS), out, TargetTable::withGoals);
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorRow row = t.row(i);
            for (IndicatorColumn col : CELL_COLUMNS) {
                String cell = col.valueOf(row);
                if (!suspicious(cell)) {
                    continue;
                }
                int r = i;
                checkText(cell, Location.row(i, col), out, (tt, s) -> {
                    List<IndicatorRow> rows = new ArrayList<>(tt.indicators());
                    if (r < rows.size()) {
                        rows.set(r, col.with(rows.get(r), s));
                    }
                    return tt.withIndicators(rows);
                });
            }
        }
    }

    private static void checkText(
            String text, Location at, FindingSink out, BiFunction<TargetTable, String, TargetTable> set) {
        if (text.isBlank() || !suspicious(text)) {
            return;
        }
        Message quotes = quoteProblem(text);
        if (quotes != null) {
            String fixed = fixQuotes(text);
            out.report(
                    Severity.INFO,
                    at,
                    Message.of("rule.R32.quotes", quotes, excerpt(text)),
                    fixed.equals(text) ? null : new Fix(Message.of("rule.R32.fixQuotes"), tt -> set.apply(tt, fixed)));
        }
        if (hasTrailingSpace(text)) {
            String fixed = stripTrailing(text);
            out.report(
                    Severity.INFO,
                    at,
                    Message.of("rule.R32.trailingSpace", at.describe()),
                    new Fix(Message.of("rule.R32.fixTrailingSpace"), tt -> set.apply(tt, fixed)));
        }
    }

    /** A quick scan: the cell has a quote, or ends a line with a space. Most cells have neither. */
    private static boolean suspicious(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                return true;
            }
            if ((c == ' ' || c == '\t' || c == '\u3000') && (i == n - 1 || s.charAt(i + 1) == '\n')) {
                return true;
            }
        }
        return false;
    }

    /** null when the quotes are fine; otherwise what is wrong with them. */
    static @Nullable Message quoteProblem(String s) {
        int depth = 0;
        int ascii = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                if (depth > 0) {
                    return Message.of("rule.R32.unpaired");
                }
                depth++;
            } else if (c == '”') {
                if (depth == 0) {
                    return Message.of("rule.R32.reversed");
                }
                depth--;
            } else if (c == '"') {
                ascii++;
            }
        }
        if (depth != 0) {
            return Message.of("rule.R32.unpaired");
        }
        return ascii % 2 == 0 ? null : Message.of("rule.R32.asciiUnpaired");
    }

    /** Reversed pairs ”X“ become “X”. */
    static String fixQuotes(String s) {
        StringBuilder b = new StringBuilder(s);
        int open = -1;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '”' && open < 0) {
                int close = b.indexOf("“", i + 1);
                if (close > i) {
                    b.setCharAt(i, '“');
                    b.setCharAt(close, '”');
                    i = close;
                    continue;
                }
            }
            if (c == '“') {
                open = i;
            } else if (c == '”') {
                open = -1;
            }
        }
        return b.toString();
    }

    /** The text around its first quotation mark (the message quotes it with ellipses). */
    private static String excerpt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                int from = Math.max(0, i - 4);
                int to = Math.min(text.length(), i + 8);
                return text.substring(from, to).replace('\n', ' ');
            }
        }
        return "";
    }

    private static boolean hasTrailingSpace(String s) {
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == ' ' || last == '\t' || last == '\u3000') {
            return true;
        }
        for (int i = 1; i < n; i++) {
            if (s.charAt(i) == '\n') {
                char before = s.charAt(i - 1);
                if (before == ' ' || before == '\t' || before == '\u3000') {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripTrailing(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(lines[i].stripTrailing());
        }
        return b.toString().stripTrailing();
    }

    private static boolean hasInnerSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000') {
                return true;
            }
        }
        return false;
    }

    private static String removeSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
