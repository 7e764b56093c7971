package cn.perftarget.workflow.export;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.inbox.TableListFilter;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.read.TableReadService;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Lists as .xlsx ({@link ListWorkbook}), with exactly the rows the screen lists: 我的绩效目标表 (the user's own unit,
 * through {@link TableReadService#unitTables}) and each inbox tab under the screen's filter (through
 * {@link InboxQuery}, for the acting user as stored now). Column titles and names of states and steps in the reader's
 * language; the data as written. Each export is an EXPORT entry in the security log.
 */
@Service
public class ListExports {

    /** At most this many rows in one list file. */
    static final int MAX_ROWS = 100_000;

    private final TableReadService reads;
    private final InboxQuery inbox;
    private final Accounts accounts;
    private final SecurityAudit security;

    ListExports(TableReadService reads, InboxQuery inbox, Accounts accounts, SecurityAudit security) {
        this.reads = reads;
        this.inbox = inbox;
        this.accounts = accounts;
        this.security = security;
    }

    /** 我的绩效目标表, newest year first, as on the screen. */
    public ExportedFile myTables(AppUser user, @Nullable Integer fiscalYear, Locale locale) {
        List<TableListRow> rows = all(offset -> reads.unitTables(user, fiscalYear, offset, PageRequest.MAX_LIMIT)
                .rows());
        Texts t = new Texts(locale);
        List<String> headers = t.headers(
                "export.col.year",
                "export.col.code",
                "export.col.name",
                "export.col.unit",
                "export.col.budget",
                "export.col.status",
                "export.col.step",
                "export.col.updated");
        List<List<?>> values = new ArrayList<>();
        for (TableListRow r : rows) {
            values.add(Arrays.asList(
                    r.fiscalYear(),
                    r.projectCode(),
                    r.projectName(),
                    r.unitCode() + " " + r.unitName(),
                    r.budget(),
                    status(t, r),
                    step(t, r),
                    r.updatedAt()));
        }
        security.success(SecurityEventType.EXPORT, user.username(), "list:myTables", rows.size() + " rows");
        return file(t, "export.list.myTables", headers, values);
    }

    /**
     * 查阅: the tables of the user's scope (the auditor's region) under the screen's filter and sort, through
     * {@link TableReadService#list} (scope and access policy there).
     */
    public ExportedFile regionTables(
            AppUser user, TableListFilter filter, SortKey sort, boolean descending, Locale locale) {
        List<TableListRow> rows =
                all(offset -> reads.list(user, filter, new PageRequest(offset, PageRequest.MAX_LIMIT, sort, descending))
                        .rows());
        Texts t = new Texts(locale);
        List<String> headers = t.headers(
                "export.col.year",
                "export.col.code",
                "export.col.name",
                "export.col.unit",
                "export.col.department",
                "export.col.budget",
                "export.col.status",
                "export.col.step",
                "export.col.grade",
                "export.col.submitted",
                "export.col.due",
                "export.col.updated");
        List<List<?>> values = new ArrayList<>();
        for (TableListRow r : rows) {
            values.add(Arrays.asList(
                    r.fiscalYear(),
                    r.projectCode(),
                    r.projectName(),
                    r.unitCode() + " " + r.unitName(),
                    r.departmentCode(),
                    r.budget(),
                    status(t, r),
                    step(t, r),
                    r.lastGrade() == null ? "" : t.text(gradeKey(r.lastGrade())),
                    r.submittedAt(),
                    r.dueDate(),
                    r.updatedAt()));
        }
        security.success(SecurityEventType.EXPORT, user.username(), "list:regionTables", rows.size() + " rows");
        return file(t, "export.list.regionTables", headers, values);
    }

    /** The row's status as the lists show it, with 调整中 when an approved table is being adjusted. */
    private static String status(Texts t, TableListRow r) {
        return t.text(r.status().labelKey()) + (r.adjusting() ? t.text("export.list.adjusting") : "");
    }

    /** The step the row's round waits at, blank when none. */
    private static String step(Texts t, TableListRow r) {
        return r.step().map(s -> t.text(s.labelKey())).orElse("");
    }

    private static String gradeKey(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "listGrade.EXCELLENT";
            case GOOD -> "listGrade.GOOD";
            case FAIR -> "listGrade.FAIR";
            case POOR -> "listGrade.POOR";
        };
    }

    /** One tab of the inbox under the screen's filter, sorted as the tab opens (due date; 已办: newest first). */
    public ExportedFile inbox(AppUser user, InboxTab tab, InboxFilter filter, Locale locale) {
        AppUser acting = accounts.acting(user);
        SortKey sort = tab == InboxTab.DONE ? SortKey.RECEIVED : SortKey.DUE_DATE;
        boolean descending = tab == InboxTab.DONE;
        List<InboxRow> rows = all(offset ->
                inbox.rows(acting, tab, filter, new PageRequest(offset, PageRequest.MAX_LIMIT, sort, descending)));
        Texts t = new Texts(locale);
        List<String> headers = t.headers(
                "export.col.year",
                "export.col.code",
                "export.col.name",
                "export.col.unit",
                "export.col.department",
                "export.col.budget",
                "export.col.step",
                "export.col.status",
                "export.col.submitted",
                "export.col.due",
                "export.col.overdue",
                "export.col.assignee",
                "export.col.completed");
        List<List<?>> values = new ArrayList<>();
        for (InboxRow r : rows) {
            values.add(Arrays.asList(
                    r.fiscalYear(),
                    r.projectCode(),
                    r.projectName(),
                    r.unitCode() + " " + r.unitName(),
                    r.departmentCode() + " " + r.departmentName(),
                    r.budget(),
                    r.step().map(s -> t.text(s.labelKey())).orElse(""),
                    t.text(r.status().labelKey()),
                    r.submittedAt(),
                    r.dueDate(),
                    t.text(r.overdue() ? "export.list.yes" : "export.list.no"),
                    r.assignee(),
                    r.completedAt()));
        }
        security.success(SecurityEventType.EXPORT, acting.username(), "list:inbox:" + tab, rows.size() + " rows");
        return file(t, tabName(tab), headers, values);
    }

    private static String tabName(InboxTab tab) {
        return switch (tab) {
            case OPEN -> "export.list.inbox.OPEN";
            case MINE -> "export.list.inbox.MINE";
            case CLAIMABLE -> "export.list.inbox.CLAIMABLE";
            case DONE -> "export.list.inbox.DONE";
        };
    }

    /** Every page of a list, up to {@link #MAX_ROWS}. */
    private static <R> List<R> all(IntFunction<List<R>> page) {
        List<R> rows = new ArrayList<>();
        while (rows.size() < MAX_ROWS) {
            List<R> next = page.apply(rows.size());
            rows.addAll(next);
            if (next.size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    }

    private static ExportedFile file(Texts t, String nameKey, List<String> headers, List<List<?>> values) {
        String name = t.text(nameKey);
        return new ExportedFile(
                FileNames.of(name, "list", "xlsx"), ExportedFile.XLSX, ListWorkbook.xlsx(name, headers, values));
    }

    /** The workflow's texts in one language. */
    private record Texts(Locale locale) {

        String text(String key) {
            return WorkflowTexts.BUNDLES.text(key, locale);
        }

        List<String> headers(String... keys) {
            return Arrays.stream(keys).map(this::text).toList();
        }
    }
}
