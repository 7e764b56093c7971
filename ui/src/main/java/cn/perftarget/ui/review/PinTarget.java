package cn.perftarget.ui.review;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.table.TableField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a pinned comment (批注) concerns: a field of the table or an indicator row. The audit history stores the comment
 * as written, naming its target the way Chinese reviewers do — "项目名称", "资金支出计划 12月底", "第3行指标"
 * ({@link #storedLabel()}, data: old comments must still parse); the screen names it in the user's language
 * ({@link #describe()}).
 *
 * @param field the field, or null for a row
 * @param row   the 1-based indicator row, or null for a field
 */
public record PinTarget(
        @Nullable TableField field, @Nullable Integer row) {

    private static final Pattern ROW = Pattern.compile("第(\\d{1,4})行指标");
    /** The stored names of the fields a remark can be pinned to (unit and year are not the unit's to change). */
    private static final Map<TableField, String> STORED = new EnumMap<>(Map.ofEntries(
            Map.entry(TableField.PROJECT_CODE, "项目编码"),
            Map.entry(TableField.PROJECT_NAME, "项目名称"),
            Map.entry(TableField.BUDGET, "预算数"),
            Map.entry(TableField.FISCAL_FUNDS, "财政资金"),
            Map.entry(TableField.OTHER_FUNDS, "其他资金"),
            Map.entry(TableField.FUND_PURPOSE, "资金用途"),
            Map.entry(TableField.PLAN_MARCH, "资金支出计划 3月底"),
            Map.entry(TableField.PLAN_JUNE, "资金支出计划 6月底"),
            Map.entry(TableField.PLAN_OCTOBER, "资金支出计划 10月底"),
            Map.entry(TableField.PLAN_DECEMBER, "资金支出计划 12月底"),
            Map.entry(TableField.GOALS, "绩效目标")));

    public PinTarget {
        if ((field == null) == (row == null)) {
            throw new IllegalArgumentException("a pin concerns either a field or a row");
        }
        if (field != null && !pinnable(field)) {
            throw new IllegalArgumentException("no remark can be pinned to " + field);
        }
    }

    /** Whether a remark can be pinned to the field. */
    public static boolean pinnable(TableField field) {
        return STORED.containsKey(field);
    }

    public static PinTarget field(TableField field) {
        return new PinTarget(field, null);
    }

    public static PinTarget row(int row) {
        return new PinTarget(null, row);
    }

    /** How the stored comment names the target: 项目名称, 第3行指标. */
    public String storedLabel() {
        if (field == null) {
            return "第" + row + "行指标";
        }
        String stored = STORED.get(field);
        if (stored == null) {
            throw new IllegalStateException(field + " is not pinnable"); // the constructor refuses it
        }
        return stored;
    }

    /** The target for people, in any language: the field's name, or the row as findings name it. */
    public Message describe() {
        if (field != null) {
            return field.label();
        }
        if (row == null) {
            throw new IllegalStateException("a pin concerns either a field or a row"); // the constructor refuses it
        }
        return Location.row(row - 1).describe();
    }

    /** The target a stored label names, if it names one. */
    public static Optional<PinTarget> parse(String label) {
        String l = label.strip();
        Matcher m = ROW.matcher(l);
        if (m.matches()) {
            return Optional.of(row(Integer.parseInt(m.group(1))));
        }
        return STORED.entrySet().stream()
                .filter(e -> e.getValue().equals(l))
                .findFirst()
                .map(e -> field(e.getKey()));
    }
}
