package cn.perftarget.domain.rules;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TableField;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a finding points: a {@link Field} of the table (each checkpoint of the spending plan is one), the spending
 * {@link Plan} as a whole, the {@link Indicators} as a whole, one indicator {@link Row} (and maybe one of its
 * columns), or an {@link DepartmentItem} of the department part of the document.
 */
public sealed interface Location {

    /** The spending plan as a whole. */
    Location PLAN = new Plan();
    /** The indicator rows as a whole. */
    Location INDICATORS = new Indicators();

    /** For people: 资金支出计划·12月底, 第3行指标·指标值, 绩效目标 (rows counted from 1). */
    Message describe();

    static Location field(TableField field) {
        return new Field(field);
    }

    /** A checkpoint of 资金支出计划: 0 = 3月底 … 3 = 12月底. */
    static Location plan(int checkpoint) {
        return new Field(SpendingPlan.Checkpoint.of(checkpoint).field());
    }

    /** An indicator row (0-based). */
    static Location row(int row) {
        return new Row(row, null);
    }

    /** A cell of an indicator row (0-based). */
    static Location row(int row, IndicatorColumn column) {
        return new Row(row, column);
    }

    /** A 分项绩效目标 of the department part (0-based). */
    static Location departmentItem(int item) {
        return new DepartmentItem(item);
    }

    /** A field of the table. */
    record Field(TableField field) implements Location {

        public Field {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public Message describe() {
            return field.checkpoint()
                    .map(c -> Message.of("location.part", Message.of("location.plan"), c))
                    .orElseGet(field::label);
        }
    }

    /** The spending plan as a whole. */
    record Plan() implements Location {

        @Override
        public Message describe() {
            return Message.of("location.plan");
        }
    }

    /** The indicator rows as a whole. */
    record Indicators() implements Location {

        @Override
        public Message describe() {
            return Message.of("location.indicators");
        }
    }

    /**
     * One indicator row.
     *
     * @param index  0-based
     * @param column the cell concerned, or null for the whole row
     */
    record Row(int index, @Nullable IndicatorColumn column) implements Location {

        public Optional<IndicatorColumn> optionalColumn() {
            return Optional.ofNullable(column);
        }

        @Override
        public Message describe() {
            Message row = Message.of("location.row", index + 1);
            return column == null ? row : Message.of("location.part", row, column);
        }
    }

    /**
     * An item of 分项绩效目标 in the department part of the document.
     *
     * @param index 0-based
     */
    record DepartmentItem(int index) implements Location {

        @Override
        public Message describe() {
            return Message.of("location.departmentItem", index + 1);
        }
    }
}
