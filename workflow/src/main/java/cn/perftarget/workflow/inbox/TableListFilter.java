package cn.perftarget.workflow.inbox;

import cn.perftarget.bpmn.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a table list (the auditor's region list): those of the inbox, and two of the table itself. Null
 * means "any".
 *
 * @param base   year, department, unit, status, overdue (the waiting task), text
 * @param grade  the fiscal grade last given (审核等级)
 * @param ruleId a rule (e.g. "R07") with at least one finding on the table's current content
 */
public record TableListFilter(
        InboxFilter base, @Nullable Grade grade, @Nullable String ruleId) {

    public static final TableListFilter NONE = new TableListFilter(InboxFilter.NONE, null, null);

    public static TableListFilter of(InboxFilter base) {
        return new TableListFilter(base, null, null);
    }

    public TableListFilter withBase(InboxFilter b) {
        return new TableListFilter(b, grade, ruleId);
    }

    public TableListFilter withGrade(@Nullable Grade g) {
        return new TableListFilter(base, g, ruleId);
    }

    public TableListFilter withRule(@Nullable String r) {
        return new TableListFilter(base, grade, r);
    }
}
