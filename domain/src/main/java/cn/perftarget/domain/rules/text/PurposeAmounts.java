package cn.perftarget.domain.rules.text;

import cn.perftarget.domain.table.Numbers;
import cn.perftarget.domain.table.TableField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The amounts a 资金用途 text quotes: “预算数 4万元。其中：财政资金 4 万元，其他资金 0万元。…”. A mention with no number
 * (“预算数   万元”) is kept as a blank amount.
 */
public final class PurposeAmounts {

    /** Which cell an amount in the text speaks of. */
    public enum Kind {
        BUDGET(TableField.BUDGET),
        FISCAL(TableField.FISCAL_FUNDS),
        OTHER(TableField.OTHER_FUNDS);

        private final TableField field;

        Kind(TableField field) {
            this.field = field;
        }

        /** The table's field of that amount. */
        public TableField field() {
            return field;
        }
    }

    /**
     * One quoted amount.
     *
     * @param kind        the cell it speaks of
     * @param amount      in 万元, or null when the number is left blank
     * @param ordinal     which mention of this kind it is (0 = the first 预算数 …)
     * @param numberStart where the number is in the text (blank: the space between the word and the unit)
     * @param numberEnd   end of the number (blank: where the unit starts)
     */
    public record Mention(Kind kind, @Nullable BigDecimal amount, int ordinal, int numberStart, int numberEnd) {

        public boolean isBlank() {
            return amount == null;
        }

        /** The text with this mention's number replaced by {@code amount} (written without trailing zeros). */
        public String replaceIn(String text, BigDecimal newAmount) {
            String n = Money.format(newAmount);
            return text.substring(0, numberStart) + (isBlank() ? " " : "") + n + text.substring(numberEnd);
        }
    }

    private static final Pattern MENTION = Pattern.compile(
            // possessive: the three runs of spaces, the colon and the digits are never given back, which could not help
            // a match but took cubic time on a long run of spaces after 预算数
            "(预算数|财政资金|其他资金)[ \\t\\u3000]*+[:：]?+[ \\t\\u3000]*+([0-9０-９]++(?:[.．][0-9０-９]++)?+)?+"
                    + "[ \\t\\u3000]*+(万元|万|元)");

    private PurposeAmounts() {}

    public static List<Mention> read(String text) {
        List<Mention> out = new ArrayList<>(3);
        if (text == null || text.isEmpty() || (text.indexOf('预') < 0 && text.indexOf('资') < 0)) {
            return out;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            Kind kind = switch (m.group(1)) {
                case "预算数" -> Kind.BUDGET;
                case "财政资金" -> Kind.FISCAL;
                default -> Kind.OTHER;
            };
            int ordinal = 0;
            for (Mention earlier : out) {
                if (earlier.kind() == kind) {
                    ordinal++;
                }
            }
            BigDecimal amount = null;
            int start;
            int end;
            if (m.group(2) != null) {
                amount = new BigDecimal(Numbers.halfWidth(m.group(2)));
                if ("元".equals(m.group(3))) {
                    amount = amount.divide(BigDecimal.valueOf(10_000), 6, RoundingMode.HALF_UP);
                }
                start = m.start(2);
                end = m.end(2);
            } else {
                start = m.end(1);
                end = m.start(3);
            }
            out.add(new Mention(kind, amount, ordinal, start, end));
        }
        return out;
    }
}
