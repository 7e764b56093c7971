package cn.perftarget.workflow.admin;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.office.SheetReader.SheetRow;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationEntry;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.export.ExportedFile;
import cn.perftarget.workflow.routing.RoutingCheck;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation as an Excel list in the 一体化 agency-list shape — 编码, 名称, 上级编码, 类别 (财政局, 科室/股, 部门,
 * 单位) — one organisation a row, the parent as the tree shows it (a department's parent is the section responsible
 * for it, or the bureau). Import: a preview of every row (新建, 更名, 调整隶属, the responsible section, or its
 * problems), then the rows applied in order, all or — confirmed — the valid ones, and the region's consistency
 * checked; export: the region's organisations in the same shape (what it exports imports back unchanged).
 */
@Service
public class OrganisationImport {

    static final List<String> HEADER_WORDS = List.of("编码", "机构编码", "单位编码", "code");

    private final ServiceGate gate;
    private final OrganisationRepository organisations;
    private final OrganisationAdministration administration;
    private final RoutingCheck routing;
    private final SecurityAudit audit;

    OrganisationImport(
            ServiceGate gate,
            OrganisationRepository organisations,
            OrganisationAdministration administration,
            RoutingCheck routing,
            SecurityAudit audit) {
        this.gate = gate;
        this.organisations = organisations;
        this.administration = administration;
        this.routing = routing;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(AppUser admin, String fileName, byte[] content) {
        return gate.enter(admin, ServiceAction.IMPORT_ORGANISATIONS, "file:" + fileName, by -> {
            List<Organisation> earlier = new ArrayList<>();
            List<ImportRow> rows = new ArrayList<>();
            for (SheetRow row : SheetFile.rows(fileName, content, HEADER_WORDS)) {
                rows.add(plan(by, row, earlier).row());
            }
            return new ImportPreview(fileName, rows);
        });
    }

    /**
     * Applies the sheet: nothing when a row has a problem (the refusal says how many), unless {@code validRowsOnly};
     * refused as a whole when the result leaves a department with units and no section.
     *
     * @return how many rows changed something
     */
    @Transactional
    public int importOrganisations(AppUser admin, String fileName, byte[] content, boolean validRowsOnly) {
        return gate.enter(admin, ServiceAction.IMPORT_ORGANISATIONS, "file:" + fileName, by -> {
            List<SheetRow> sheet = SheetFile.rows(fileName, content, HEADER_WORDS);
            List<Organisation> earlier = new ArrayList<>();
            List<ImportRow> planned = new ArrayList<>();
            for (SheetRow row : sheet) {
                planned.add(plan(by, row, earlier).row());
            }
            OrganisationAdministration.refuseOutsideRegion(new ImportPreview(fileName, planned));
            long invalid = planned.stream().filter(r -> !r.ok()).count();
            if (invalid > 0 && !validRowsOnly) {
                throw InvalidInputException.of(
                        InvalidInputException.Input.DOCUMENT, "error.import.rowsWithProblems", invalid);
            }
            int changed = 0;
            for (SheetRow row : sheet) {
                Plan plan = plan(by, row, new ArrayList<>());
                if (plan.row().ok() && plan.apply() != null) {
                    plan.apply().run();
                    changed++;
                }
            }
            routing.requireConsistent(AdminRegion.of(by));
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    "file:" + fileName,
                    SecurityDetails.ORGS_IMPORTED + " " + changed + "/" + sheet.size());
            return changed;
        });
    }

    /** A row: what it shows in the preview and what applying it does (null: nothing to do). */
    private record Plan(ImportRow row, @Nullable Runnable apply) {}

    private Plan plan(AppUser by, SheetRow sheetRow, List<Organisation> earlier) {
        List<String> values = List.of(sheetRow.cell(0), sheetRow.cell(1), sheetRow.cell(2), sheetRow.cell(3));
        OrgKind kind = kind(values.get(3).strip());
        if (kind == null) {
            return new Plan(
                    new ImportRow(
                            sheetRow.number(),
                            values,
                            List.of(Message.of("error.import.unknownKind", values.get(3))),
                            null),
                    null);
        }
        OrganisationForm form = new OrganisationForm(values.get(0), values.get(1), kind, values.get(2));
        Optional<OrganisationEntry> existing = organisations.entry(form.code());
        if (existing.isEmpty()) {
            OrganisationAdministration.Placement placement = administration.place(by, form, earlier);
            if (placement.problems().isEmpty()) {
                earlier.add(new Organisation(null, form.code(), form.name(), kind, null, AdminRegion.of(by)));
            }
            return new Plan(
                    new ImportRow(sheetRow.number(), values, placement.problems(), Message.of("import.note.create")),
                    () -> administration.insert(by, form, administration.place(by, form, List.of())));
        }
        return update(by, sheetRow.number(), values, form, existing.get());
    }

    private Plan update(AppUser by, int row, List<String> values, OrganisationForm form, OrganisationEntry entry) {
        Organisation org = entry.organisation();
        if (!org.regionCode().equals(AdminRegion.of(by)) || org.kind() != form.kind()) {
            return new Plan(
                    new ImportRow(row, values, List.of(Message.of("error.org.codeTaken", form.code())), null), null);
        }
        List<Runnable> changes = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        if (form.name().isEmpty() || form.name().length() > OrganisationAdministration.MAX_NAME) {
            return new Plan(
                    new ImportRow(
                            row,
                            values,
                            List.of(Message.of("error.org.name", OrganisationAdministration.MAX_NAME)),
                            null),
                    null);
        }
        if (!form.name().equals(org.name())) {
            notes.add(Message.of("import.note.rename", org.name()));
            changes.add(() -> administration.rename(by, form.code(), form.name()));
        }
        String parent = treeParent(entry);
        String parentCode = form.parentCode();
        if (parentCode != null && !parentCode.equals(parent)) {
            Optional<Organisation> target = organisations.findByCode(parentCode);
            if (target.isEmpty() || !target.get().regionCode().equals(org.regionCode())) {
                return new Plan(
                        new ImportRow(row, values, List.of(Message.of("error.org.unknownParent", parentCode)), null),
                        null);
            }
            if (form.kind() == OrgKind.UNIT && target.get().kind() == OrgKind.DEPARTMENT) {
                notes.add(Message.of("import.note.move", Objects.requireNonNullElse(parent, "-")));
                changes.add(() -> administration.move(by, form.code(), parentCode));
            } else if (form.kind() == OrgKind.DEPARTMENT && target.get().kind() == OrgKind.SECTION) {
                notes.add(Message.of("import.note.section", Objects.requireNonNullElse(parent, "-")));
                changes.add(() -> administration.assign(by, org, target.get(), entry.sectionCode()));
            } else {
                return new Plan(
                        new ImportRow(
                                row,
                                values,
                                List.of(Message.of(
                                        "error.org.parentKind",
                                        form.kind(),
                                        target.get().code(),
                                        target.get().kind())),
                                null),
                        null);
            }
        }
        Message note = notes.isEmpty()
                ? Message.of("import.note.unchanged")
                : Message.of("import.note.update", List.copyOf(notes));
        return new Plan(
                new ImportRow(row, values, List.of(), note),
                changes.isEmpty() ? null : () -> changes.forEach(Runnable::run));
    }

    /** The parent as the list shows it: a department's responsible section, else the stored parent. */
    private @Nullable String treeParent(OrganisationEntry entry) {
        if (entry.kind() == OrgKind.DEPARTMENT && entry.sectionCode() != null) {
            return entry.sectionCode();
        }
        Long parent = entry.organisation().parentId();
        return parent == null
                ? null
                : organisations.findById(parent).map(Organisation::code).orElse(null);
    }

    /** 导出 the region's organisations in the import's shape, with their state; an EXPORT in the security log. */
    @Transactional(readOnly = true)
    public ExportedFile export(AppUser admin, Locale locale) {
        return gate.enter(admin, ServiceAction.EXPORT_ORGANISATIONS, "", by -> {
            List<OrganisationEntry> entries = organisations.entriesOfRegion(AdminRegion.of(by));
            Map<Long, String> codes = new HashMap<>();
            entries.forEach(e -> codes.put(e.organisation().savedId(), e.code()));
            List<List<?>> rows = new ArrayList<>();
            for (OrganisationEntry e : entries) {
                String parent = e.kind() == OrgKind.DEPARTMENT && e.sectionCode() != null
                        ? e.sectionCode()
                        : e.organisation().parentId() == null
                                ? ""
                                : codes.getOrDefault(e.organisation().parentId(), "");
                rows.add(Arrays.asList(
                        e.code(),
                        e.organisation().name(),
                        parent,
                        text(e.kind().labelKey(), locale),
                        text(e.deactivated() ? "org.state.deactivated" : "org.state.active", locale)));
            }
            audit.success(
                    SecurityEventType.EXPORT,
                    by.username(),
                    "list:organisations",
                    SecurityDetails.ORGS_EXPORTED + " " + rows.size());
            String name = text("org.export.sheet", locale);
            List<String> headers = List.of(
                    text("org.export.code", locale),
                    text("org.export.name", locale),
                    text("org.export.parent", locale),
                    text("org.export.kind", locale),
                    text("org.export.state", locale));
            return new ExportedFile(
                    name + "-" + AdminRegion.of(by) + ".xlsx",
                    ExportedFile.XLSX,
                    ListWorkbook.xlsx(name, headers, rows));
        });
    }

    private static String text(String key, Locale locale) {
        return WorkflowTexts.BUNDLES.text(key, locale);
    }

    /** A kind by its constant, its name in either language, or the words of agency lists (科, 股, 主管部门 …). */
    static @Nullable OrgKind kind(String token) {
        String t = token.toUpperCase(Locale.ROOT);
        for (OrgKind kind : OrgKind.values()) {
            if (kind.name().equals(t)
                    || token.equals(MessageBundles.domain().render(Message.of(kind.labelKey()), MessageBundles.CHINESE))
                    || token.equalsIgnoreCase(
                            MessageBundles.domain().render(Message.of(kind.labelKey()), MessageBundles.ENGLISH))) {
                return kind;
            }
        }
        return switch (token) {
            case "财政部门", "财政" -> OrgKind.BUREAU;
            case "科室", "科", "股", "审核科室" -> OrgKind.SECTION;
            case "主管部门", "一级预算单位" -> OrgKind.DEPARTMENT;
            case "预算单位", "基层单位", "二级预算单位" -> OrgKind.UNIT;
            default -> null;
        };
    }
}
