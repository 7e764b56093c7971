package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.limits.InputLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 编制: a drafter creates, imports and edits the tables of their unit while they are being drafted. */
@Component
class DraftingActions {

    private static final String ROLE = Role.DRAFTER.name();

    private final TargetTableRepository tables;
    private final AuditLog audit;
    private final TableLoader loader;
    private final Transitions transitions;
    private final InputLimits limits;

    DraftingActions(
            TargetTableRepository tables,
            AuditLog audit,
            TableLoader loader,
            Transitions transitions,
            InputLimits limits) {
        this.tables = tables;
        this.audit = audit;
        this.loader = loader;
        this.transitions = transitions;
        this.limits = limits;
    }

    @Transactional
    public ActionResult create(AppUser user, TargetTable content) {
        Organisation unit = drafterUnit(user);
        if (content == null) {
            throw InvalidInputException.of(Input.CONTENT, "error.content.required");
        }
        Integer year = content.fiscalYear();
        if (year == null) {
            throw InvalidInputException.of(Input.FISCAL_YEAR, "error.year.required");
        }
        TargetTable own = content.withUnit(unit.code(), unit.name(), year);
        requireFreeCode(own, year);
        return created(user, tables.insert(unit.savedId(), year, own), AuditAction.CREATE);
    }

    /** The second half of 导入: stores the tables {@link PasteParsing} read, in one transaction. */
    @Transactional
    public ImportResult importTables(AppUser user, ImportedDocument doc) {
        return store(user, doc, drafterUnit(user), new HashSet<>());
    }

    /**
     * The second half of 导入 from files: stores the tables of every document {@link FileParsing} read, in one
     * transaction (a project code twice among the files is imported once), one result per document.
     */
    @Transactional
    public List<ImportResult> importDocuments(AppUser user, List<ImportedDocument> docs) {
        Organisation unit = drafterUnit(user);
        Set<String> codesSeen = new HashSet<>();
        List<ImportResult> results = new ArrayList<>();
        for (ImportedDocument doc : docs) {
            results.add(store(user, doc, unit, codesSeen));
        }
        return results;
    }

    private ImportResult store(AppUser user, ImportedDocument doc, Organisation unit, Set<String> codesSeen) {
        List<ActionResult> created = new ArrayList<>();
        List<Message> skipped = new ArrayList<>();
        for (int i = 0; i < doc.tables().size(); i++) {
            TargetTable t = doc.tables().get(i);
            String number = String.valueOf(i + 1);
            String name = t.projectName().strip();
            if (!t.unitCode().isBlank() && !t.unitCode().strip().equals(unit.code())) {
                skipped.add(Message.of(
                        "import.skipped.otherUnit", number, name, t.unitCode().strip()));
                continue;
            }
            Integer year = t.fiscalYear();
            if (year == null) {
                skipped.add(Message.of("import.skipped.noYear", number, name));
                continue;
            }
            Optional<Message> tooLarge = limits.contentProblem(t);
            if (tooLarge.isPresent()) {
                skipped.add(Message.of("import.skipped.tooLarge", number, name, tooLarge.get()));
                continue;
            }
            TargetTable own = t.withUnit(unit.code(), unit.name(), year);
            String code = own.projectCode().strip();
            if (!code.isEmpty()
                    && (!codesSeen.add(year + "|" + code)
                            || tables.findByYearAndCode(year, code).isPresent())) {
                skipped.add(Message.of("import.skipped.duplicateCode", number, name, code, String.valueOf(year)));
                continue;
            }
            created.add(created(user, tables.insert(unit.savedId(), year, own), AuditAction.IMPORT));
        }
        return new ImportResult(created, skipped, doc.problems());
    }

    /** Saves the working copy; {@code expectedVersion} is the version the user edited. */
    @Transactional
    public ActionResult saveDraft(AppUser user, long tableId, TargetTable content, int expectedVersion) {
        TableHandle handle = loader.lockVisible(user, tableId);
        Checks.requireDrafter(user, handle);
        Checks.requireStatus(handle, "error.status.edit", TableStatus.DRAFTING);
        if (content == null) {
            throw InvalidInputException.of(Input.CONTENT, "error.content.required");
        }
        if (handle.table().version() != expectedVersion) {
            throw ConflictException.tableChanged();
        }
        TargetTable own = content.withUnit(
                handle.unitCode(), handle.unit().name(), handle.table().fiscalYear());
        if (!own.projectCode()
                .strip()
                .equals(handle.table().content().projectCode().strip())) {
            requireFreeCode(own, handle.table().fiscalYear());
        }
        return transitions.apply(Change.of(user, ROLE, AuditAction.EDIT, handle)
                .noStateChange()
                .table(handle.table().withContent(own))
                .revision(null));
    }

    private ActionResult created(AppUser user, StoredTable table, AuditAction action) {
        AuditEntry entry = audit.append(
                new AuditEvent(table.id(), user.username(), ROLE, action, null, TableStatus.DRAFTING, null, null));
        transitions.tell(new ActionRecord(user, entry, table, table));
        return new ActionResult(table.id(), action, null, TableStatus.DRAFTING, null, entry.id());
    }

    private void requireFreeCode(TargetTable content, int year) {
        String code = content.projectCode().strip();
        if (!code.isEmpty() && tables.findByYearAndCode(year, code).isPresent()) {
            throw ConflictException.of("table.duplicateCode", String.valueOf(year), code);
        }
    }

    /** The drafter's unit; refused for anyone but a drafter of a unit. */
    static Organisation drafterUnit(AppUser user) {
        Organisation org = user.organisation();
        if (!user.enabled() || !user.has(Role.DRAFTER) || org.kind() != OrgKind.UNIT) {
            throw NotAllowedException.of("error.drafter.onlyUnit");
        }
        return org;
    }
}
