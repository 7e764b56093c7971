package cn.perftarget.workflow.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.office.SheetReader;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationEntry;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.routing.RoutingCheck;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 组织机构 by the 系统管理员 of a region: create, rename, move, deactivate, delete, responsible sections (with the
 * move of open fiscal reviews and the consistency check), import and export; refusals in Chinese that change nothing.
 */
class OrganisationAdministrationTest extends WorkflowTestSupport {

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    OrganisationImport organisationImport;

    @Autowired
    RoutingCheck routing;

    @Autowired
    SecurityLog securityLog;

    /** A test region with two sections of its own, the test department given to the first. */
    private record Region(
            TestOrganisation org,
            AppUser admin,
            Organisation sectionA,
            Organisation sectionB,
            AppUser fiscalA,
            AppUser fiscalB) {}

    private Region region() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        String d = org.department.code();
        Organisation a =
                administration.create(admin, new OrganisationForm("S" + d + "A", "预算一科", OrgKind.SECTION, null));
        Organisation b =
                administration.create(admin, new OrganisationForm("S" + d + "B", "预算二科", OrgKind.SECTION, null));
        administration.assignSection(admin, d, a.code());
        AppUser fa = users.save("fa-" + d, "一科审核", "{noop}x", a.id(), Set.of(Role.FISCAL_REVIEWER), false);
        AppUser fb = users.save("fb-" + d, "二科审核", "{noop}x", b.id(), Set.of(Role.FISCAL_REVIEWER), false);
        return new Region(org, admin, a, b, fa, fb);
    }

    @Test
    void givingADepartmentToAnotherSectionMovesItsOpenFiscalReviews() {
        Region r = region();
        long first = atFiscalReview(r.org().drafter1, r.org().reviewer1);
        long second = atFiscalReview(r.org().drafter2, r.org().reviewer1);
        long atDepartment = submitted(r.org().drafter1);
        approvals.claim(r.fiscalA(), taskId(second));
        assertThat(inbox(r.fiscalA())).contains(first, second);

        int moved = administration.assignSection(
                r.admin(), r.org().department.code(), r.sectionB().code());

        assertThat(moved).isEqualTo(2);
        for (long id : List.of(first, second)) {
            assertThat(runtimeService.getVariable(processInstance(id), ApprovalVariables.FISCAL_SECTION))
                    .isEqualTo(r.sectionB().code());
            assertThat(taskService.getIdentityLinksForTask(taskId(id)))
                    .extracting(IdentityLink::getGroupId)
                    .contains("fiscal-reviewer-" + r.sectionB().code())
                    .doesNotContain("fiscal-reviewer-" + r.sectionA().code());
            assertThat(task(id).getAssignee())
                    .as("the old section's claim is released")
                    .isNull();
        }
        assertThat(routing.misrouted(r.org().department.code())).isEmpty();
        assertThat(routing.departmentsWithoutSection(r.org().region)).isEmpty();
        assertThat(inbox(r.fiscalA())).doesNotContain(first, second);
        assertThat(inbox(r.fiscalB())).contains(first, second);
        assertThatThrownBy(() -> approvals.claim(r.fiscalA(), taskId(first))).isInstanceOf(RuntimeException.class);
        approvals.grade(r.fiscalB(), taskId(first), cn.perftarget.bpmn.Grade.EXCELLENT, null, null);
        assertThat(status(first)).isEqualTo(cn.perftarget.domain.table.TableStatus.APPROVED);
        // a table still at the department review is routed to the new section when it is passed
        approvals.pass(r.org().reviewer1, taskId(atDepartment), null);
        assertThat(runtimeService.getVariable(processInstance(atDepartment), ApprovalVariables.FISCAL_SECTION))
                .isEqualTo(r.sectionB().code());
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 10))
                .anyMatch(e -> e.event().details() != null
                        && e.event()
                                .details()
                                .equals("security.detail.sectionAssigned "
                                        + r.sectionA().code() + " -> "
                                        + r.sectionB().code() + " (2)"));
    }

    private List<Long> inbox(AppUser reviewer) {
        return inbox
                .page(
                        reviewer,
                        cn.perftarget.workflow.inbox.InboxTab.OPEN,
                        cn.perftarget.workflow.inbox.InboxFilter.NONE,
                        cn.perftarget.workflow.inbox.PageRequest.first(
                                100, cn.perftarget.workflow.inbox.SortKey.DUE_DATE, false))
                .rows()
                .stream()
                .map(cn.perftarget.workflow.inbox.InboxRow::tableId)
                .toList();
    }

    @Test
    void aDepartmentWithUnitsMustHaveASection() {
        Region r = region();
        String d = r.org().department.code();
        Organisation dept =
                administration.create(r.admin(), new OrganisationForm("N" + d, "新部门", OrgKind.DEPARTMENT, null));

        assertThatThrownBy(() -> administration.create(
                        r.admin(), new OrganisationForm("N" + d + "001", "新单位", OrgKind.UNIT, dept.code())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("没有负责的财政审核科室")
                .hasMessageContaining("N" + d + " 新部门");
        assertThat(organisations.findByCode("N" + d + "001")).as("rolled back").isEmpty();

        administration.assignSection(r.admin(), dept.code(), r.sectionA().code());
        administration.create(r.admin(), new OrganisationForm("N" + d + "001", "新单位", OrgKind.UNIT, dept.code()));
        assertThatThrownBy(
                        () -> administration.setActive(r.admin(), r.sectionA().code(), false))
                .hasMessageContaining("仍负责部门");
    }

    @Test
    void createRenameMoveDeactivateAndDeleteWithinTheRegion() {
        Region r = region();
        String d = r.org().department.code();
        // a department created under its section: stored under the bureau, the section responsible
        Organisation dept = administration.create(
                r.admin(),
                new OrganisationForm(
                        "M" + d, "另一部门", OrgKind.DEPARTMENT, r.sectionB().code()));
        assertThat(dept.parentId()).isEqualTo(r.org().department.parentId());
        assertThat(organisations.routingSection(dept.code()))
                .hasValue(r.sectionB().code());

        administration.rename(r.admin(), r.org().unit2.code(), "改名的单位");
        administration.move(r.admin(), r.org().unit2.code(), dept.code());
        OrganisationEntry unit = entry(r, r.org().unit2.code());
        assertThat(unit.organisation().name()).isEqualTo("改名的单位");
        assertThat(unit.organisation().parentId()).isEqualTo(dept.id());
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 10))
                .anyMatch(e -> ("organisation:" + r.org().unit2.code())
                                .equals(e.event().object())
                        && e.event().details().equals("security.detail.organisationMoved " + d + " -> " + dept.code()));

        assertThatThrownBy(
                        () -> administration.setActive(r.admin(), r.org().unit2.code(), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("还有 1 个启用的用户");
        long table = create(r.org().drafter1, cn.perftarget.workflow.support.SeedContent.clean());
        assertThat(table).isPositive();
        assertThatThrownBy(() -> administration.delete(r.admin(), r.org().unit1.code()))
                .hasMessageContaining("不能删除，只能停用");
        assertThat(organisations.findByCode(r.org().unit1.code())).isPresent();

        Organisation spare = administration.create(
                r.admin(), new OrganisationForm("M" + d + "009", "空单位", OrgKind.UNIT, dept.code()));
        administration.setActive(r.admin(), spare.code(), false);
        assertThat(entry(r, spare.code()).deactivated()).isTrue();
        assertThatThrownBy(() -> administration.create(
                        r.admin(),
                        new cn.perftarget.workflow.admin.OrganisationForm("bad code!", "x", OrgKind.UNIT, dept.code())))
                .hasMessageContaining("编码“bad code!”不符合要求");
        administration.delete(r.admin(), spare.code());
        assertThat(organisations.findByCode(spare.code())).isEmpty();

        // another region's administrator and other roles are refused
        assertThatThrownBy(
                        () -> administration.rename(user("admin"), r.org().unit1.code(), "x"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("不在您管理的区划内");
        assertThatThrownBy(() -> administration.tree(user("anquan"))).isInstanceOf(NotAllowedException.class);
        assertThat(administration.tree(user("admin"))).noneMatch(e -> e.code().equals(d));
    }

    @Test
    void anAgencyListIsPreviewedImportedAndExportedInTheSameShape() {
        Region r = region();
        String d = r.org().department.code();
        byte[] sheet = ListWorkbook.xlsx(
                "机构",
                List.of("编码", "名称", "上级编码", "类别"),
                List.of(
                        List.of("I" + d, "导入部门", r.sectionB().code(), "部门"),
                        List.of("I" + d + "001", "导入单位", "I" + d, "单位"),
                        List.of(r.org().unit1.code(), "更名单位", d, "单位"),
                        List.of("I" + d + "002", "无上级单位", "NOPE", "单位")));

        ImportPreview preview = organisationImport.preview(r.admin(), "orgs.xlsx", sheet);
        assertThat(preview.rows()).hasSize(4);
        assertThat(preview.invalid()).isEqualTo(1);
        assertThat(preview.rows().get(3).problems()).extracting(m -> m.key()).contains("error.org.unknownParent");
        assertThat(preview.rows().get(2).note().key()).isEqualTo("import.note.update");
        assertThatThrownBy(() -> organisationImport.importOrganisations(r.admin(), "orgs.xlsx", sheet, false))
                .hasMessageContaining("有 1 行存在问题");
        assertThat(organisations.findByCode("I" + d)).isEmpty();

        assertThat(organisationImport.importOrganisations(r.admin(), "orgs.xlsx", sheet, true))
                .isEqualTo(3);
        assertThat(organisations.routingSection("I" + d)).hasValue(r.sectionB().code());
        assertThat(organisations.findByCode(r.org().unit1.code()).orElseThrow().name())
                .isEqualTo("更名单位");

        byte[] exported =
                organisationImport.export(r.admin(), MessageBundles.CHINESE).content();
        List<SheetReader.SheetRow> rows = SheetReader.rows("export.xlsx", exported, OfficeLimits.DEFAULTS, 1000);
        assertThat(rows.get(0).cells()).startsWith("编码", "名称", "上级编码", "类别");
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.cells())
                        .startsWith("I" + d, "导入部门", r.sectionB().code(), "部门"));
        assertThat(securityLog.latest(SecurityEventType.EXPORT, 5))
                .anyMatch(e -> e.event().subject().equals(r.admin().username()));
    }

    private OrganisationEntry entry(Region r, String code) {
        return administration.tree(r.admin()).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
