package cn.perftarget.ui.review;

import cn.perftarget.domain.table.TableField;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pinned comment (批注) concerns: a header field of the table or an indicator row. Its label is what reviewers
 * call it — "项目名称", "资金支出计划 12月底", "第3行指标" — and is how the comment names it in the audit history.
 *
 * @param field the header field, or null for a row
 * @param row   the 1-based indicator row, or null for a field
 */
public record PinTarget(TableField field, Integer row) {

    private static final Pattern ROW = Pattern.compile("第(\\d{1,4})行指标");

    public PinTarget {
        if ((field == null) == (row == null)) {
            throw new IllegalArgumentException("a pin concerns either a field or a row");
        }
    }

    public static PinTarget field(TableField field) {
        return new PinTarget(field, null);
    }

    public static PinTarget row(int row) {
        return new PinTarget(null, row);
    }

    public String label() {
        return field != null ? field.label() : "第" + row + "行指标";
    }

    /** The target a label names, if it names one. */
    public static Optional<PinTarget> parse(String label) {
        String l = label.strip();
        Matcher m = ROW.matcher(l);
        if (m.matches()) {
            return Optional.of(row(Integer.parseInt(m.group(1))));
        }
        return Arrays.stream(TableField.values()).filter(f -> f.label().equals(l)).findFirst().map(PinTarget::field);
    }
}
