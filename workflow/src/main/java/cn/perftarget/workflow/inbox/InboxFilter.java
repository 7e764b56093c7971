package cn.perftarget.workflow.inbox;

import cn.perftarget.domain.table.TableStatus;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the inbox and the table lists; null means "any".
 *
 * @param fiscalYear     年度
 * @param departmentCode 主管部门编码, e.g. "442"
 * @param unitCode       单位编码, e.g. "442001"
 * @param status         the table's status (its step)
 * @param overdue        true: only overdue tasks (done tab: completed after the due date); false: only the others
 * @param text           part of the 项目名称 or 项目编码
 */
public record InboxFilter(
        @Nullable Integer fiscalYear,
        @Nullable String departmentCode,
        @Nullable String unitCode,
        @Nullable TableStatus status,
        @Nullable Boolean overdue,
        @Nullable String text) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null, null, null);

    public InboxFilter withFiscalYear(@Nullable Integer year) {
        return new InboxFilter(year, departmentCode, unitCode, status, overdue, text);
    }

    public InboxFilter withDepartment(@Nullable String code) {
        return new InboxFilter(fiscalYear, code, unitCode, status, overdue, text);
    }

    public InboxFilter withUnit(@Nullable String code) {
        return new InboxFilter(fiscalYear, departmentCode, code, status, overdue, text);
    }

    public InboxFilter withStatus(@Nullable TableStatus s) {
        return new InboxFilter(fiscalYear, departmentCode, unitCode, s, overdue, text);
    }

    public InboxFilter withOverdue(@Nullable Boolean o) {
        return new InboxFilter(fiscalYear, departmentCode, unitCode, status, o, text);
    }

    public InboxFilter withText(@Nullable String t) {
        return new InboxFilter(fiscalYear, departmentCode, unitCode, status, overdue, t);
    }
}
