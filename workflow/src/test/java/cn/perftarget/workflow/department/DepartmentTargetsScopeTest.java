package cn.perftarget.workflow.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.department.ChangeSource;
import cn.perftarget.domain.department.DepartmentTargetsChange;
import cn.perftarget.domain.department.DepartmentTargetsRepository;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.office.write.PublicationDocument;
import cn.perftarget.domain.office.write.PublicationHeader;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * 部门整体绩效目标 through the service: who reads a department's part and who changes it (every role in and out of
 * the department's scope), the optimistic version, the history of changes, the import from a paste and a Word file.
 */
class DepartmentTargetsScopeTest extends WorkflowTestSupport {

    private static final String HASH = new BCryptPasswordEncoder().encode(TestOrganisation.PASSWORD);
    private static final DepartmentTargets SEED_004 =
            SeedDocuments.load(SeedDocuments.resource("004")).department();

    @Autowired
    DepartmentTargetsService departments;

    @Autowired
    DepartmentTargetsRepository parts;

    @Autowired
    SecurityLog securityLog;

    TestOrganisation org;
    AppUser auditor;
    String code;

    @BeforeEach
    void setUp() {
        org = newOrganisation();
        code = org.department.code();
        auditor = users.save("a" + code, "测试查阅" + code, HASH, org.department.parentId(), Set.of(Role.AUDITOR), false);
    }

    @Test
    void itsReviewersTheDraftersOfItsUnitsTheResponsibleFiscalReviewersAndTheRegionsAuditorsReadThePart() {
        departments.save(org.reviewer1, code, 2020, part("总体目标"), 0);

        for (AppUser reader :
                List.of(org.reviewer1, org.reviewer2, org.lead, org.drafter1, org.drafter2, org.fiscal, auditor)) {
            DepartmentPart read = departments.read(reader, code, 2020);
            assertThat(read.content()).as(reader.username()).isEqualTo(part("总体目标"));
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.updatedBy()).isEqualTo(org.reviewer1.username());
            assertThat(read.editable()).as(reader.username() + " may edit").isEqualTo(reader.has(Role.DEPT_REVIEWER));
            assertThat(departments.departments(reader))
                    .extracting(Organisation::code)
                    .contains(code);
        }
        assertThat(departments.read(org.drafter1, code, 2019).stored())
                .as("another year")
                .isFalse();
    }

    @Test
    void everyoneElseIsToldTheDepartmentDoesNotExistAndTheRefusalIsLogged() {
        departments.save(org.reviewer1, code, 2020, part("总体目标"), 0);

        for (String outsider : List.of("bumen", "caizheng", "shenji", "bianzhi", "admin", "anquan", "shenjiguan")) {
            AppUser u = user(outsider);
            assertThatThrownBy(() -> departments.read(u, code, 2020))
                    .as(outsider)
                    .isInstanceOf(NotFoundException.class)
                    .extracting(e -> ((NotFoundException) e).text().key())
                    .isEqualTo("error.notFound.department");
            assertThatThrownBy(() -> departments.save(u, code, 2020, part("越权"), 1))
                    .as(outsider)
                    .isInstanceOf(NotFoundException.class);
            assertThat(departments.departments(u))
                    .extracting(Organisation::code)
                    .doesNotContain(code);
            SecurityLogEntry refusal =
                    securityLog.latest(SecurityEventType.ACCESS_REFUSED, 1).get(0);
            assertThat(refusal.event().subject()).isEqualTo(outsider);
            assertThat(refusal.event().object()).contains("department:" + code);
        }
        assertThatThrownBy(() -> departments.read(org.reviewer1, "no-such-department", 2020))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> departments.read(org.reviewer1, org.unit1.code(), 2020))
                .as("a unit is not a department")
                .isInstanceOf(NotFoundException.class);
        assertThat(departments.read(org.reviewer1, code, 2020).content()).isEqualTo(part("总体目标"));
    }

    @Test
    void onlyItsDepartmentReviewersSaveThePartOthersInScopeAreNotAllowed() {
        DepartmentPart first = departments.save(org.reviewer1, code, 2021, part("第一版"), 0);
        DepartmentPart second = departments.save(org.lead, code, 2021, part("第二版"), first.version());
        assertThat(second.version()).isEqualTo(2);

        for (AppUser reader : List.of(org.drafter1, org.drafter2, org.fiscal, auditor)) {
            assertThatThrownBy(() -> departments.save(reader, code, 2021, part("越权"), 2))
                    .as(reader.username())
                    .isInstanceOf(NotAllowedException.class)
                    .extracting(e -> ((NotAllowedException) e).text().key())
                    .isEqualTo("error.department.onlyReviewer");
            assertThatThrownBy(() -> departments.importText(
                            reader, code, 2021, SeedDocuments.text(SeedDocuments.resource("004")), 2))
                    .isInstanceOf(NotAllowedException.class);
        }
        assertThat(departments.read(org.reviewer2, code, 2021).content()).isEqualTo(part("第二版"));
    }

    @Test
    void aSaveFromAStaleVersionIsAConflictAndEveryChangeIsRecorded() {
        DepartmentPart first = departments.save(org.reviewer1, code, 2022, part("甲"), 0);
        departments.save(org.reviewer2, code, 2022, part("乙"), first.version());

        assertThatThrownBy(() -> departments.save(org.reviewer1, code, 2022, part("丙"), first.version()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).text().key())
                .isEqualTo("department.stale");
        assertThatThrownBy(() -> departments.save(org.reviewer1, code, 2022, part("丁"), 0))
                .isInstanceOf(ConflictException.class);

        List<DepartmentTargetsChange> history = parts.history(org.department.savedId(), 2022);
        assertThat(history)
                .extracting(DepartmentTargetsChange::changedBy)
                .containsExactly(org.reviewer1.username(), org.reviewer2.username());
        assertThat(history.get(1).oldContent()).isEqualTo(part("甲"));
        assertThat(history.get(1).newContent()).isEqualTo(part("乙"));
        assertThat(history).extracting(DepartmentTargetsChange::source).containsOnly(ChangeSource.EDIT);
    }

    @Test
    void thePartIsImportedFromAPasteOrAWordFileAndADocumentWithoutOneIsRefused() throws Exception {
        DepartmentPart pasted =
                departments.importText(org.reviewer1, code, 2023, SeedDocuments.text(SeedDocuments.resource("004")), 0);
        assertThat(pasted.content()).isEqualTo(SEED_004);

        DepartmentTargets other = part("从Word导入");
        byte[] docx = PublicationDocument.docx(new PublicationHeader(code, "测试部门", 2023), other, List.of());
        DepartmentPart uploaded = departments.importFile(org.reviewer1, code, 2023, "部门.docx", docx, 1);
        assertThat(uploaded.content().overallGoal()).isEqualTo(other.overallGoal());
        assertThat(uploaded.content().subTargets()).isEqualTo(other.subTargets());
        assertThat(uploaded.content().measures()).isEqualTo(other.measures());
        assertThat(parts.history(org.department.savedId(), 2023))
                .extracting(DepartmentTargetsChange::source)
                .containsExactly(ChangeSource.IMPORT, ChangeSource.IMPORT);

        assertThatThrownBy(() -> departments.importText(org.reviewer1, code, 2023, "只有一句话，没有部门整体绩效目标", 2))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).text().key())
                .isEqualTo("error.department.noPart");
        assertThatThrownBy(() -> departments.importFile(
                        org.reviewer1, code, 2023, "部门.docx", "%PDF-1.4 not a word file".getBytes(), 2))
                .as("refused by the Office guard")
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).input())
                .isEqualTo(InvalidInputException.Input.DOCUMENT);
        assertThatThrownBy(() -> departments.importFile(org.reviewer1, code, 2023, "部门.txt", docx, 2))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> departments.save(org.reviewer1, code, 2023, part("长".repeat(10_001)), 2))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).text().key())
                .isEqualTo("error.limit.field");
        assertThat(departments.read(org.reviewer1, code, 2023).version()).isEqualTo(2);
        assertThatThrownBy(() -> departments.save(org.reviewer1, code, 1999, part("甲"), 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).input())
                .isEqualTo(InvalidInputException.Input.FISCAL_YEAR);
    }

    @Test
    void aDisabledReviewerIsRefusedAtOnce() {
        AppUser gone =
                users.save("g" + code, "停用审核" + code, HASH, org.department.id(), Set.of(Role.DEPT_REVIEWER), false);
        jdbc.update("update app_user set enabled = false where username = ?", gone.username());

        assertThatThrownBy(() -> departments.save(gone, code, 2020, part("停用"), 0))
                .isInstanceOf(NotAllowedException.class)
                .extracting(e -> ((NotAllowedException) e).text().key())
                .isEqualTo("error.account.disabled");
    }

    static DepartmentTargets part(String overall) {
        return new DepartmentTargets(
                overall,
                "",
                List.of(new SubTarget("行政审批", "提高审批效率", "按时办结率≥95%"), new SubTarget("政务服务", "优化营商环境", "群众满意度≥90%")),
                "1.落实目标责任。\n2.规范资金使用。");
    }
}
