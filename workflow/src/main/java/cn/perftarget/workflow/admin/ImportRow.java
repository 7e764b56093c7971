package cn.perftarget.workflow.admin;

import cn.perftarget.domain.i18n.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of an Excel sheet as an import sees it: where it is, what it says, and what is wrong with it (nothing: it
 * will be imported).
 *
 * @param row    the row number in the sheet (from 1)
 * @param values the row's texts in the order of the import's columns
 * @param note   what importing the row does (新建, 更名 …), null when it only creates
 */
public record ImportRow(
        int row,
        List<String> values,
        List<Message> problems,
        @Nullable Message note) {

    public ImportRow {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }
}
