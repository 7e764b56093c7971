package cn.perftarget.workflow.admin;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationEntry;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.routing.FiscalReviewMove;
import cn.perftarget.workflow.routing.RoutingCheck;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组织机构 of the 系统管理员's region: the tree (bureau → sections → the departments each is responsible for →
 * units; stored as bureau → sections and departments → units, with {@code section_department}); create, rename, move
 * (a unit to another department; a department to another section: {@link #assignSection}, which moves its open fiscal
 * reviews), deactivate and activate, delete (only what has no users, tables, children or responsibilities). Every
 * save ends with the consistency check of the region ({@link RoutingCheck}): a department with units and no section
 * is refused and nothing is saved. Each change goes to the security log (old → new).
 */
@Service
public class OrganisationAdministration {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,31}");
    static final int MAX_NAME = 200;

    private final ServiceGate gate;
    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final RoutingCheck routing;
    private final FiscalReviewMove move;
    private final SecurityAudit audit;

    OrganisationAdministration(
            ServiceGate gate,
            OrganisationRepository organisations,
            UserRepository users,
            RoutingCheck routing,
            FiscalReviewMove move,
            SecurityAudit audit) {
        this.gate = gate;
        this.organisations = organisations;
        this.users = users;
        this.routing = routing;
        this.move = move;
        this.audit = audit;
    }

    /** Every organisation of the region with its state, responsible section and counts. */
    @Transactional(readOnly = true)
    public List<OrganisationEntry> tree(AppUser admin) {
        return gate.enter(
                admin, ServiceAction.LIST_ORGANISATIONS, "", by -> organisations.entriesOfRegion(AdminRegion.of(by)));
    }

    /** 新建: a section, department or unit of the region (the region has one bureau). */
    @Transactional
    public Organisation create(AppUser admin, OrganisationForm form) {
        return gate.enter(admin, ServiceAction.EDIT_ORGANISATION, "organisation:" + form.code(), by -> {
            Placement placement = place(by, form, List.of());
            if (!placement.problems().isEmpty()) {
                throw invalid(placement.problems().get(0));
            }
            Organisation created = insert(by, form, placement);
            routing.requireConsistent(AdminRegion.of(by));
            return created;
        });
    }

    /** Stores a checked new organisation (also for the import) and writes its security log entry. */
    Organisation insert(AppUser by, OrganisationForm form, Placement placement) {
        Organisation created = organisations.insert(new Organisation(
                null, form.code(), form.name(), form.kind(), placement.parentId(), AdminRegion.of(by)));
        if (placement.section() != null) {
            organisations.setResponsibleSection(
                    created.savedId(), placement.section().savedId());
        }
        audit.success(
                SecurityEventType.ADMINISTRATION,
                by.username(),
                "organisation:" + form.code(),
                SecurityDetails.ORG_CREATED + " " + form.kind().name() + " " + form.name() + " @ "
                        + Objects.requireNonNullElse(form.parentCode(), "-"));
        return created;
    }

    /** 更名. */
    @Transactional
    public void rename(AppUser admin, String code, String name) {
        gate.enter(admin, ServiceAction.EDIT_ORGANISATION, "organisation:" + code, by -> {
            OrganisationEntry entry = entry(by, code);
            String next = name.strip();
            if (next.isEmpty() || next.length() > MAX_NAME) {
                throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.org.name", MAX_NAME);
            }
            if (!next.equals(entry.organisation().name())) {
                organisations.rename(entry.organisation().savedId(), next);
                audit.success(
                        SecurityEventType.ADMINISTRATION,
                        by.username(),
                        "organisation:" + code,
                        SecurityDetails.ORG_RENAMED + " " + entry.organisation().name() + " -> " + next);
            }
            return null;
        });
    }

    /**
     * 调整隶属: a unit to another department of the region. (A department goes to another section with
     * {@link #assignSection}; sections and departments stay under the region's bureau.)
     */
    @Transactional
    public void move(AppUser admin, String code, String parentCode) {
        gate.enter(admin, ServiceAction.EDIT_ORGANISATION, "organisation:" + code, by -> {
            OrganisationEntry entry = entry(by, code);
            if (entry.kind() != OrgKind.UNIT) {
                throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.org.onlyUnitsMove");
            }
            OrganisationEntry parent = entry(by, parentCode.strip());
            requireActiveParent(parent, OrgKind.DEPARTMENT);
            Organisation org = entry.organisation();
            if (!Objects.equals(org.parentId(), parent.organisation().id())) {
                String before = organisations
                        .findById(Objects.requireNonNull(org.parentId()))
                        .map(Organisation::code)
                        .orElse("-");
                organisations.moveTo(org.savedId(), parent.organisation().savedId());
                routing.requireConsistent(AdminRegion.of(by));
                audit.success(
                        SecurityEventType.ADMINISTRATION,
                        by.username(),
                        "organisation:" + code,
                        SecurityDetails.ORG_MOVED + " " + before + " -> " + parent.code());
            }
            return null;
        });
    }

    /**
     * 负责科室: the section that reviews the department's tables from now on (scope and routing alike); its open
     * fiscal reviews move to the new section.
     *
     * @return how many open fiscal reviews moved
     */
    @Transactional
    public int assignSection(AppUser admin, String departmentCode, String sectionCode) {
        return gate.enter(admin, ServiceAction.ASSIGN_SECTION, "organisation:" + departmentCode, by -> {
            OrganisationEntry department = entry(by, departmentCode);
            if (department.kind() != OrgKind.DEPARTMENT) {
                throw InvalidInputException.of(
                        InvalidInputException.Input.OTHER, "error.org.notADepartment", departmentCode);
            }
            OrganisationEntry section = entry(by, sectionCode.strip());
            requireActiveParent(section, OrgKind.SECTION);
            return assign(by, department.organisation(), section.organisation(), department.sectionCode());
        });
    }

    /** Makes the section responsible for the department, moves its open fiscal reviews, checks and logs. */
    int assign(AppUser by, Organisation department, Organisation section, @Nullable String before) {
        if (section.code().equals(before)
                && organisations.responsibleSections(department.code()).size() == 1) {
            return 0;
        }
        organisations.setResponsibleSection(department.savedId(), section.savedId());
        int moved = move.moveTo(department.code(), section.code());
        routing.requireConsistent(AdminRegion.of(by));
        audit.success(
                SecurityEventType.ADMINISTRATION,
                by.username(),
                "organisation:" + department.code(),
                SecurityDetails.SECTION_ASSIGNED + " " + Objects.requireNonNullElse(before, "-") + " -> "
                        + section.code() + " (" + moved + ")");
        return moved;
    }

    /**
     * 停用 or 启用. An organisation is deactivated only when none of its accounts is enabled, nothing active is under
     * it and (a section) it is responsible for no department; it keeps its tables and history. Activating needs an
     * active parent.
     */
    @Transactional
    public void setActive(AppUser admin, String code, boolean active) {
        gate.enter(admin, ServiceAction.EDIT_ORGANISATION, "organisation:" + code, by -> {
            OrganisationEntry entry = entry(by, code);
            Organisation org = entry.organisation();
            if (entry.deactivated() == !active) {
                return null;
            }
            if (org.kind() == OrgKind.BUREAU) {
                throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.org.bureau");
            }
            if (!active) {
                requireNoResponsibility(org);
                int enabled = users.enabledIn(org.savedId());
                if (enabled > 0) {
                    throw invalid(Message.of("error.org.hasEnabledUsers", code, enabled));
                }
                long activeChildren = organisations.findChildren(org.savedId()).stream()
                        .filter(c -> !organisations.isDeactivated(c.savedId()))
                        .count();
                if (activeChildren > 0) {
                    throw invalid(Message.of("error.org.hasActiveChildren", code, activeChildren));
                }
            } else if (org.parentId() != null && organisations.isDeactivated(org.parentId())) {
                throw invalid(Message.of("error.org.parentDeactivated", code));
            }
            organisations.setDeactivated(org.savedId(), !active);
            routing.requireConsistent(AdminRegion.of(by));
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    "organisation:" + code,
                    active ? SecurityDetails.ORG_ACTIVATED : SecurityDetails.ORG_DEACTIVATED);
            return null;
        });
    }

    /**
     * 删除: only an organisation created by mistake — never one that has users or tables (deactivate it instead),
     * children, or departments it is responsible for.
     */
    @Transactional
    public void delete(AppUser admin, String code) {
        gate.enter(admin, ServiceAction.EDIT_ORGANISATION, "organisation:" + code, by -> {
            OrganisationEntry entry = entry(by, code);
            if (entry.kind() == OrgKind.BUREAU) {
                throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.org.bureau");
            }
            if (entry.users() > 0 || entry.tables() > 0) {
                throw invalid(Message.of("error.org.hasTablesOrUsers", code, entry.users(), entry.tables()));
            }
            if (entry.children() > 0) {
                throw invalid(Message.of("error.org.hasChildren", code, entry.children()));
            }
            requireNoResponsibility(entry.organisation());
            organisations.delete(entry.organisation().savedId());
            routing.requireConsistent(AdminRegion.of(by));
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    "organisation:" + code,
                    SecurityDetails.ORG_DELETED + " " + entry.kind().name() + " "
                            + entry.organisation().name());
            return null;
        });
    }

    private void requireNoResponsibility(Organisation org) {
        if (org.kind() == OrgKind.SECTION) {
            List<Organisation> departments = organisations.departmentsOfSection(org.savedId());
            if (!departments.isEmpty()) {
                throw invalid(Message.of(
                        "error.org.sectionResponsible",
                        org.code(),
                        departments.stream().map(Organisation::code).toList()));
            }
        }
    }

    /** Where a new organisation goes, and what is wrong with it; {@code earlier} are rows of the same import. */
    record Placement(@Nullable Long parentId, @Nullable Organisation section, List<Message> problems) {}

    Placement place(AppUser by, OrganisationForm form, List<Organisation> earlier) {
        List<Message> problems = new ArrayList<>();
        if (!CODE.matcher(form.code()).matches()) {
            problems.add(Message.of("error.org.code", form.code()));
        } else if (organisations.findByCode(form.code()).isPresent()
                || earlier.stream().anyMatch(o -> o.code().equals(form.code()))) {
            problems.add(Message.of("error.org.codeTaken", form.code()));
        }
        if (form.name().isEmpty() || form.name().length() > MAX_NAME) {
            problems.add(Message.of("error.org.name", MAX_NAME));
        }
        if (form.kind() == OrgKind.BUREAU) {
            problems.add(Message.of("error.org.bureau"));
            return new Placement(null, null, problems);
        }
        String region = AdminRegion.of(by);
        Organisation parent = form.parentCode() == null
                ? bureau(region)
                : organisations
                        .findByCode(form.parentCode())
                        .or(() -> earlier.stream()
                                .filter(o -> o.code().equals(form.parentCode()))
                                .findFirst())
                        .orElse(null);
        if (parent == null) {
            problems.add(Message.of("error.org.unknownParent", Objects.requireNonNullElse(form.parentCode(), "-")));
            return new Placement(null, null, problems);
        }
        if (!parent.regionCode().equals(region)) {
            problems.add(Message.of("error.admin.organisationOutsideRegion", parent.code()));
            return new Placement(null, null, problems);
        }
        if (parent.id() != null && organisations.isDeactivated(parent.savedId())) {
            problems.add(Message.of("error.org.parentDeactivated", parent.code()));
        }
        Organisation section = null;
        Long parentId = parent.id();
        boolean fits = switch (form.kind()) {
            case SECTION -> parent.kind() == OrgKind.BUREAU;
            case DEPARTMENT -> parent.kind() == OrgKind.BUREAU || parent.kind() == OrgKind.SECTION;
            case UNIT -> parent.kind() == OrgKind.DEPARTMENT;
            case BUREAU -> false;
        };
        if (!fits) {
            problems.add(Message.of("error.org.parentKind", form.kind(), parent.code(), parent.kind()));
        } else if (form.kind() == OrgKind.DEPARTMENT && parent.kind() == OrgKind.SECTION) {
            section = parent;
            parentId = parent.parentId();
        }
        return new Placement(parentId, section, problems);
    }

    private @Nullable Organisation bureau(String region) {
        return organisations.findByKind(OrgKind.BUREAU).stream()
                .filter(b -> b.regionCode().equals(region))
                .findFirst()
                .orElse(null);
    }

    /** An organisation of the region by code: unknown is an input error, another region's a refusal. */
    OrganisationEntry entry(AppUser by, String code) {
        OrganisationEntry entry = organisations
                .entry(code)
                .orElseThrow(() -> InvalidInputException.of(
                        InvalidInputException.Input.OTHER, "error.account.unknownOrganisation", code));
        AdminRegion.requireOrganisation(by, entry.organisation());
        return entry;
    }

    private static void requireActiveParent(OrganisationEntry parent, OrgKind kind) {
        if (parent.kind() != kind) {
            throw invalid(Message.of("error.org.wrongKind", parent.code(), kind));
        }
        if (parent.deactivated()) {
            throw invalid(Message.of("error.org.parentDeactivated", parent.code()));
        }
    }

    /** An import that names another region's organisation is refused as a whole, as an act outside the region. */
    static void refuseOutsideRegion(ImportPreview preview) {
        for (ImportRow row : preview.rows()) {
            for (Message problem : row.problems()) {
                if (problem.key().equals("error.admin.organisationOutsideRegion")) {
                    throw new NotAllowedException(problem);
                }
            }
        }
    }

    static InvalidInputException invalid(Message message) {
        if (message.key().equals("error.admin.organisationOutsideRegion")) {
            throw new NotAllowedException(message);
        }
        return new InvalidInputException(InvalidInputException.Input.OTHER, message);
    }
}
