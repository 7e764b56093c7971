package cn.perftarget.domain.rules;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.TargetTable;
import java.util.function.UnaryOperator;

/**
 * A one-click correction: what it does (shown on the button) and the corrected table it produces.
 *
 * @param label  e.g. 改为“≥98%”
 * @param change produces the corrected table from the table the finding was made on
 */
public record Fix(Message label, UnaryOperator<TargetTable> change) {

    public TargetTable applyTo(TargetTable table) {
        return change.apply(table);
    }
}
