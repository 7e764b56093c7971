package cn.perftarget.workflow.department;

import cn.perftarget.domain.department.ChangeSource;
import cn.perftarget.domain.department.DepartmentTargetsRepository;
import cn.perftarget.domain.department.StaleDepartmentTargetsException;
import cn.perftarget.domain.department.StoredDepartmentTargets;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.limits.InputLimits;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 部门整体绩效目标 and the publication document, for the screens and any API: every call for the acting user as
 * stored now ({@link ServiceGate}), within the scope of {@link DepartmentAccess} — a department out of scope is
 * {@link NotFoundException#department()}, a change by someone who may only read it {@link NotAllowedException}, both
 * written to the security log. A save is optimistic ({@link ConflictException} when someone saved meanwhile) and
 * limited in size ({@link InputLimits#departmentPart}); an import reads its text or file before the transaction that
 * stores it.
 */
@Service
public class DepartmentTargetsService {

    private final DepartmentAccess access;
    private final DepartmentTargetsRepository parts;
    private final DepartmentPartStore store;
    private final DepartmentPartReading reading;
    private final PublicationExport publication;
    private final TableAccess tables;
    private final OrganisationRepository organisations;
    private final InputLimits limits;
    private final ServiceGate gate;
    private final SecurityAudit audit;

    DepartmentTargetsService(
            DepartmentAccess access,
            DepartmentTargetsRepository parts,
            DepartmentPartStore store,
            DepartmentPartReading reading,
            PublicationExport publication,
            TableAccess tables,
            OrganisationRepository organisations,
            InputLimits limits,
            ServiceGate gate,
            SecurityAudit audit) {
        this.access = access;
        this.parts = parts;
        this.store = store;
        this.reading = reading;
        this.publication = publication;
        this.tables = tables;
        this.organisations = organisations;
        this.limits = limits;
        this.gate = gate;
        this.audit = audit;
    }

    /** The departments whose part the user may read, by code. */
    public List<Organisation> departments(AppUser user) {
        return run(user, ServiceAction.READ_DEPARTMENT_PART, "departments", access::departments);
    }

    /** The department's part of the year (blank, version 0, when none is stored yet). */
    public DepartmentPart read(AppUser user, String departmentCode, int fiscalYear) {
        return run(
                user, ServiceAction.READ_DEPARTMENT_PART, "department:" + departmentCode + " year:" + fiscalYear, u -> {
                    Organisation department = access.readable(u, departmentCode);
                    requireYear(fiscalYear);
                    return part(u, department, fiscalYear, parts.find(department.savedId(), fiscalYear));
                });
    }

    /** The stored part of the department and year of a table the user may see, if one is stored. */
    public Optional<DepartmentPart> forTable(AppUser user, long tableId) {
        return run(user, ServiceAction.READ_DEPARTMENT_PART, "table:" + tableId, u -> {
            StoredTable table = tables.visibleTable(u, tableId);
            Optional<Organisation> department = organisations
                    .findById(table.unitId())
                    .map(Organisation::parentId)
                    .flatMap(organisations::findById);
            if (department.isEmpty()) {
                return Optional.empty();
            }
            Optional<StoredDepartmentTargets> stored =
                    parts.find(department.get().savedId(), table.fiscalYear());
            return stored.isEmpty()
                    ? Optional.empty()
                    : Optional.of(part(u, department.get(), table.fiscalYear(), stored));
        });
    }

    /** 保存: the department reviewer's edit, if nobody saved since {@code expectedVersion} (0: none was stored). */
    public DepartmentPart save(
            AppUser user, String departmentCode, int fiscalYear, DepartmentTargets content, int expectedVersion) {
        return run(
                user, ServiceAction.SAVE_DEPARTMENT_PART, "department:" + departmentCode + " year:" + fiscalYear, u -> {
                    Organisation department = access.editable(u, departmentCode);
                    requireYear(fiscalYear);
                    if (content == null) {
                        throw InvalidInputException.of(Input.CONTENT, "error.content.required");
                    }
                    limits.departmentPart(content);
                    return stored(u, department, fiscalYear, content, expectedVersion, ChangeSource.EDIT);
                });
    }

    /** 导入 from a pasted text: its department part replaces the stored one (its tables are not imported here). */
    public DepartmentPart importText(
            AppUser user, String departmentCode, int fiscalYear, @Nullable String text, int expectedVersion) {
        return run(
                user,
                ServiceAction.SAVE_DEPARTMENT_PART,
                "import department:" + departmentCode + " year:" + fiscalYear,
                u -> {
                    Organisation department = access.editable(u, departmentCode);
                    requireYear(fiscalYear);
                    DepartmentTargets content = reading.fromText(text);
                    return stored(u, department, fiscalYear, content, expectedVersion, ChangeSource.IMPORT);
                });
    }

    /** 导入 from an uploaded Word or Excel file (.docx, .doc, .xlsx, .xls), refused like the table import refuses. */
    public DepartmentPart importFile(
            AppUser user,
            String departmentCode,
            int fiscalYear,
            @Nullable String fileName,
            byte @Nullable [] content,
            int expectedVersion) {
        return run(
                user,
                ServiceAction.SAVE_DEPARTMENT_PART,
                "import department:" + departmentCode + " year:" + fiscalYear,
                u -> {
                    Organisation department = access.editable(u, departmentCode);
                    requireYear(fiscalYear);
                    DepartmentTargets part = reading.fromFile(fileName, content);
                    return stored(u, department, fiscalYear, part, expectedVersion, ChangeSource.IMPORT);
                });
    }

    /**
     * 发布文档: the department's publication document of the year in the format — the department part first, then the
     * 批复 revision of every approved table of its units, numbered. For the department's reviewers, the fiscal
     * reviewers responsible for it and the auditors of its region. Written to the security log (导出) and to each
     * included table's audit history.
     */
    public PublicationFile publication(AppUser user, String departmentCode, int fiscalYear, PublicationFormat format) {
        String target = "department:" + departmentCode + " year:" + fiscalYear;
        String what = "publication " + target;
        return run(user, ServiceAction.EXPORT_PUBLICATION, target, u -> {
            Organisation department = access.readable(u, departmentCode);
            Role role = access.exporter(u, department);
            PublicationFile file = publication.export(u, role, department, fiscalYear, format);
            audit.success(
                    SecurityEventType.EXPORT,
                    u.username(),
                    what,
                    "format=" + format.extension() + " revisions="
                            + file.revisionIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
            return file;
        });
    }

    /** A fiscal year as the tables have them (2000 to 2999). */
    private static void requireYear(int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2999) {
            throw InvalidInputException.of(Input.FISCAL_YEAR, "error.department.year", String.valueOf(fiscalYear));
        }
    }

    private DepartmentPart stored(
            AppUser reviewer,
            Organisation department,
            int fiscalYear,
            DepartmentTargets content,
            int expectedVersion,
            ChangeSource source) {
        try {
            StoredDepartmentTargets saved =
                    store.save(reviewer, department, fiscalYear, content, expectedVersion, source);
            return part(reviewer, department, fiscalYear, Optional.of(saved));
        } catch (StaleDepartmentTargetsException e) {
            throw new ConflictException(e.message(), e);
        }
    }

    private DepartmentPart part(
            AppUser user, Organisation department, int fiscalYear, Optional<StoredDepartmentTargets> stored) {
        boolean editable = access.mayEdit(user, department);
        return stored.map(s -> new DepartmentPart(
                        department, fiscalYear, s.content(), s.version(), s.updatedBy(), s.updatedAt(), editable))
                .orElseGet(() ->
                        new DepartmentPart(department, fiscalYear, DepartmentPart.BLANK, 0, null, null, editable));
    }

    /** The call for the user as stored now, through the {@link ServiceGate}. */
    private <T> T run(AppUser user, ServiceAction action, String target, Function<AppUser, T> call) {
        return gate.enter(user, action, target, call);
    }
}
