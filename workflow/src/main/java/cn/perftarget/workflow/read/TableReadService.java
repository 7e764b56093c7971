package cn.perftarget.workflow.read;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.inbox.TableListFilter;
import cn.perftarget.workflow.inbox.TableListPage;
import cn.perftarget.workflow.inbox.TableListQuery;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of tables for the screens and the API — one table, its revisions, history, findings, waiting task, the
 * lists of tables — for one user. The scope is applied here, once per call, through {@link TableAccess}: a table
 * outside it is reported exactly like a missing one ({@link NotFoundException#table()}, 内容不存在或无权访问), and
 * the parts behind this facade only ever see tables that passed it. Writes go through the approval service.
 */
@Service
@Transactional(readOnly = true)
public class TableReadService {

    private final TableAccess access;
    private final TableParts parts;
    private final ReviewReading reviews;
    private final HistoryReading histories;
    private final RevisionRepository revisions;
    private final TableListQuery lists;
    private final OrganisationsInScope organisations;
    private final People people;
    private final ServiceGate gate;

    TableReadService(
            TableAccess access,
            TableParts parts,
            ReviewReading reviews,
            HistoryReading histories,
            RevisionRepository revisions,
            TableListQuery lists,
            OrganisationsInScope organisations,
            People people,
            ServiceGate gate) {
        this.access = access;
        this.parts = parts;
        this.reviews = reviews;
        this.histories = histories;
        this.revisions = revisions;
        this.lists = lists;
        this.organisations = organisations;
        this.people = people;
        this.gate = gate;
    }

    /** The table as it is now stored. */
    public StoredTable table(AppUser user, long tableId) {
        return read(user, ServiceAction.READ_TABLE, "table:" + tableId, u -> access.visibleTable(u, tableId));
    }

    /** The table's unit. */
    public Organisation unit(AppUser user, long tableId) {
        return read(
                user, ServiceAction.READ_TABLE, "table:" + tableId, u -> parts.unit(access.visibleTable(u, tableId)));
    }

    /** The other tables of the table's unit and year (the context of the cross-table rules). */
    public List<TargetTable> siblings(AppUser user, long tableId) {
        return read(
                user,
                ServiceAction.READ_TABLE,
                "table:" + tableId,
                u -> parts.siblings(access.visibleTable(u, tableId)));
    }

    /**
     * What the table is validated against (the unit's other tables of the year; the department's stored part of the
     * year with the department's tables, for R31): the editor adds the table as edited to its siblings.
     */
    public ValidationContext validationContext(AppUser user, long tableId) {
        return read(user, ServiceAction.READ_FINDINGS, "table:" + tableId, u -> {
            StoredTable table = access.visibleTable(u, tableId);
            return parts.context(table, parts.unit(table));
        });
    }

    /** The rules of the region of the table's unit, with the region's settings. */
    public Validator validator(AppUser user, long tableId) {
        return read(
                user,
                ServiceAction.READ_TABLE,
                "table:" + tableId,
                u -> parts.validator(parts.unit(access.visibleTable(u, tableId))));
    }

    /** The findings of {@code content} as the table's content, among the unit's other tables of the year. */
    public List<Finding> findings(AppUser user, long tableId, TargetTable content) {
        return read(user, ServiceAction.READ_FINDINGS, "table:" + tableId, u -> {
            StoredTable table = access.visibleTable(u, tableId);
            return parts.findings(table, parts.unit(table), content);
        });
    }

    /** The task the table's round waits at, if any. */
    public Optional<WaitingTask> waitingTask(AppUser user, long tableId) {
        return read(
                user,
                ServiceAction.READ_TABLE,
                "table:" + tableId,
                u -> parts.waitingTask(access.visibleTable(u, tableId)));
    }

    /** The 批复 version in force (also during an adjustment), if the table was ever approved. */
    public Optional<Revision> approvedVersion(AppUser user, long tableId) {
        return read(user, ServiceAction.READ_TABLE, "table:" + tableId, u -> {
            StoredTable table = access.visibleTable(u, tableId);
            return table.approvedRevisionId() == null
                    ? Optional.empty()
                    : revisions.findById(table.approvedRevisionId());
        });
    }

    /** Every frozen revision of the table, oldest first. */
    public List<Revision> revisions(AppUser user, long tableId) {
        return read(
                user,
                ServiceAction.READ_REVISIONS,
                "table:" + tableId,
                u -> revisions.listByTable(access.visibleTable(u, tableId).id()));
    }

    /** What the review screen shows. */
    public ReviewSubject review(AppUser user, long tableId) {
        return read(
                user, ServiceAction.READ_REVIEW, "table:" + tableId, u -> reviews.of(access.visibleTable(u, tableId)));
    }

    /** What the history screen shows. */
    public TableHistory history(AppUser user, long tableId) {
        return read(
                user,
                ServiceAction.READ_HISTORY,
                "table:" + tableId,
                u -> histories.of(access.visibleTable(u, tableId)));
    }

    /** The tables in the user's scope under the filter, one page of them. */
    public TableListPage list(AppUser user, InboxFilter filter, PageRequest page) {
        return read(user, ServiceAction.LIST_TABLES, "", u -> lists.page(u, filter, page));
    }

    /** The tables in the user's scope under the list filter (grade, rule with findings too), one page of them. */
    public TableListPage list(AppUser user, TableListFilter filter, PageRequest page) {
        return read(user, ServiceAction.LIST_TABLES, "", u -> lists.page(u, filter, page));
    }

    /** One page of the tables in the user's scope under the list filter, not counted (a lazy grid's page). */
    public List<TableListRow> listRows(AppUser user, TableListFilter filter, PageRequest page) {
        return read(user, ServiceAction.LIST_TABLES, "", u -> lists.rows(u, filter, page));
    }

    /** The region list counts no further: above it a screen says "more than 10,000". */
    public static final int COUNT_CAP = 10_000;

    /** How many tables in the user's scope are under the list filter, up to {@link #COUNT_CAP} + 1. */
    public long count(AppUser user, TableListFilter filter) {
        return read(user, ServiceAction.LIST_TABLES, "", u -> lists.countUpTo(u, filter, COUNT_CAP));
    }

    /**
     * 我的绩效目标表: the tables of the user's own unit (never another unit's, whatever else the user may see),
     * newest year first.
     *
     * @param fiscalYear null for every year
     */
    public TableListPage unitTables(AppUser user, @Nullable Integer fiscalYear, int offset, int limit) {
        return read(
                user,
                ServiceAction.LIST_OWN_UNIT_TABLES,
                "",
                u -> lists.page(
                        u,
                        ownUnit(u).withFiscalYear(fiscalYear),
                        new PageRequest(offset, limit, SortKey.FISCAL_YEAR, true)));
    }

    /** The years the user's own unit has tables for, newest first. */
    public List<Integer> unitYears(AppUser user) {
        return read(user, ServiceAction.LIST_OWN_UNIT_TABLES, "", u -> lists.years(u, ownUnit(u)));
    }

    /** The departments whose tables the user may see, by code. */
    public List<Organisation> departmentsInScope(AppUser user) {
        return read(user, ServiceAction.LIST_TABLES, "departments", u -> organisations.departments(u));
    }

    /** The units of a department in the user's scope (null: of all of them), by code. */
    public List<Organisation> unitsInScope(AppUser user, @Nullable Organisation department) {
        return read(user, ServiceAction.LIST_TABLES, "units", u -> organisations.units(u, department));
    }

    /** The names people are shown by, for usernames the screen has from a visible table or task. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        return people.displayNames(usernames);
    }

    /** The read for the reading user as stored now, through the {@link ServiceGate}. */
    private <T> T read(AppUser user, ServiceAction action, String target, Function<AppUser, T> reading) {
        return gate.enter(user, action, target, reading);
    }

    private static InboxFilter ownUnit(AppUser user) {
        return InboxFilter.NONE.withUnit(user.organisation().code());
    }
}
