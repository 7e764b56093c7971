package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** 编制: a drafter creates, imports and edits the tables of their unit while they are being drafted. */
@Component
class DraftingActions {

    private static final String ROLE = Role.DRAFTER.name();

    private final TargetTableRepository tables;
    private final AuditLog audit;
    private final TableLoader loader;
    private final Transitions transitions;

    DraftingActions(TargetTableRepository tables, AuditLog audit, TableLoader loader, Transitions transitions) {
        this.tables = tables;
        this.audit = audit;
        this.loader = loader;
        this.transitions = transitions;
    }

    @Transactional
    public ActionResult create(AppUser user, TargetTable content) {
        Organisation unit = drafterUnit(user, "新建绩效目标表");
        if (content == null) {
            throw new InvalidInputException("绩效目标表内容不能为空");
        }
        if (content.fiscalYear() == null) {
            throw new InvalidInputException("请填写年度");
        }
        TargetTable own = content.withUnit(unit.code(), unit.name(), content.fiscalYear());
        requireFreeCode(own);
        return created(user, tables.insert(unit.id(), own.fiscalYear(), own), AuditAction.CREATE);
    }

    @Transactional
    public ImportResult importTables(AppUser user, String pastedText, Integer fiscalYear) {
        Organisation unit = drafterUnit(user, "导入绩效目标表");
        if (pastedText == null || pastedText.isBlank()) {
            throw new InvalidInputException("请粘贴要导入的绩效目标表文本");
        }
        ImportedDocument doc = new PasteImporter().read(pastedText,
                new ImportOptions(unit.code(), unit.name(), fiscalYear));
        List<ActionResult> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> codesSeen = new HashSet<>();
        for (int i = 0; i < doc.tables().size(); i++) {
            TargetTable t = doc.tables().get(i);
            String label = "第" + (i + 1) + "张表（" + t.projectName().strip() + "）";
            if (!t.unitCode().isBlank() && !t.unitCode().strip().equals(unit.code())) {
                skipped.add(label + "属于单位 " + t.unitCode().strip() + "，不是本单位，未导入");
                continue;
            }
            if (t.fiscalYear() == null) {
                skipped.add(label + "没有年度，未导入");
                continue;
            }
            TargetTable own = t.withUnit(unit.code(), unit.name(), t.fiscalYear());
            String code = own.projectCode().strip();
            if (!code.isEmpty() && (!codesSeen.add(own.fiscalYear() + "|" + code)
                    || tables.findByYearAndCode(own.fiscalYear(), code).isPresent())) {
                skipped.add(label + "的项目编码 " + code + " 在" + own.fiscalYear() + "年度已存在，未导入");
                continue;
            }
            created.add(created(user, tables.insert(unit.id(), own.fiscalYear(), own), AuditAction.IMPORT));
        }
        return new ImportResult(created, skipped, doc.problems());
    }

    /** Saves the working copy; {@code expectedVersion} is the version the user edited. */
    @Transactional
    public ActionResult saveDraft(AppUser user, long tableId, TargetTable content, int expectedVersion) {
        TableHandle handle = loader.lockVisible(user, tableId);
        Checks.requireDrafter(user, handle, "修改绩效目标表");
        Checks.requireStatus(handle, "修改（审核中或已办结的表不能修改）", TableStatus.DRAFTING);
        if (content == null) {
            throw new InvalidInputException("绩效目标表内容不能为空");
        }
        if (handle.table().version() != expectedVersion) {
            throw new ConflictException("该绩效目标表已被他人修改，请刷新后重试");
        }
        TargetTable own = content.withUnit(handle.unitCode(), handle.unit().name(), handle.table().fiscalYear());
        if (!own.projectCode().strip().equals(handle.table().content().projectCode().strip())) {
            requireFreeCode(own);
        }
        return transitions.apply(Change.of(user, ROLE, AuditAction.EDIT, handle)
                .noStateChange()
                .table(handle.table().withContent(own))
                .revision(null));
    }

    private ActionResult created(AppUser user, StoredTable table, AuditAction action) {
        AuditEntry entry = audit.append(new AuditEvent(table.id(), user.username(), ROLE, action, null,
                TableStatus.DRAFTING, null, null));
        return new ActionResult(table.id(), action, null, TableStatus.DRAFTING, null, entry.id());
    }

    private void requireFreeCode(TargetTable content) {
        String code = content.projectCode().strip();
        if (!code.isEmpty() && tables.findByYearAndCode(content.fiscalYear(), code).isPresent()) {
            throw new ConflictException(content.fiscalYear() + "年度已有项目编码为 " + code + " 的绩效目标表，项目编码不能重复");
        }
    }

    private static Organisation drafterUnit(AppUser user, String action) {
        Organisation org = user.organisation();
        if (!user.enabled() || !user.has(Role.DRAFTER) || org.kind() != OrgKind.UNIT) {
            throw new NotAllowedException("只有单位的编制人可以" + action);
        }
        return org;
    }
}
