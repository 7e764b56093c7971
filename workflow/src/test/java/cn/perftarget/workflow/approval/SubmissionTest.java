package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.error.ValidationFailedException;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** 提交: the server refuses a table with ERROR findings, and takes it once they are fixed. */
class SubmissionTest extends WorkflowTestSupport {

    /** 法律顾问费 of seed 002, loaded as a draft of 120001 by the demo mode. */
    private static final String LEGAL_ADVICE = "13081123P00021510001E";

    @org.springframework.beans.factory.annotation.Autowired
    cn.perftarget.workflow.admin.settings.RuleSettingsAdministration ruleSettings;

    /**
     * The unit's other tables count at submission where a region raised a rule comparing tables to ERROR: by default
     * a goal copied from another table of the unit (R03) only warns and the table goes on; once the region's
     * administrator raises R03 to ERROR, the next such table is refused, naming R03 (the check then reads the unit's
     * other tables, which it skips while no such rule can refuse).
     */
    @Test
    void aCopiedGoalRefusesTheSubmissionOnlyWhereTheRegionRaisedR03ToError() {
        var org = newOrganisation();
        long first = create(org.drafter1, SeedContent.clean());
        long copied = create(org.drafter1, SeedContent.clean());
        long alsoCopied = create(org.drafter1, SeedContent.clean());
        assertThat(reader.findings(org.drafter1, copied, table(copied).content()))
                .as("the same goal as another table of the unit: a warning")
                .anyMatch(f -> f.ruleId().equals("R03") && f.severity() == Severity.WARNING);

        assertThat(approvals.submit(org.drafter1, copied).toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);

        ruleSettings.save(
                administratorOf(org, Role.SYSTEM_ADMIN),
                org.region,
                Map.of("R03", new cn.perftarget.domain.rules.RuleSetting(true, Severity.ERROR, Map.of())));
        assertThatThrownBy(() -> approvals.submit(org.drafter1, alsoCopied))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.errors()).extracting(Finding::ruleId).containsExactly("R03"));
        assertThat(status(alsoCopied)).isEqualTo(TableStatus.DRAFTING);
        assertThat(status(first)).isEqualTo(TableStatus.DRAFTING);
    }

    @Test
    void aSeedTableWithErrorsIsRefusedUntilFixedThenGoesToTheDepartment() {
        AppUser gaoxin = user("gaoxin");
        StoredTable drafted = tables.findByYearAndCode(2023, LEGAL_ADVICE).orElseThrow();
        long id = drafted.id();
        assertThat(drafted.content().projectName()).isEqualTo("法律顾问费");
        assertThat(drafted.content().goals()).isEqualTo("1.目标内容1");
        assertThat(drafted.fiscalYear()).isEqualTo(2023);

        assertThatThrownBy(() -> approvals.submit(gaoxin, id))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("错误");
                    assertThat(e.errors()).isNotEmpty().allMatch(f -> f.severity() == Severity.ERROR);
                    assertThat(e.errors()).extracting(Finding::ruleId).contains("R01", "R08", "R11", "R24", "R26");
                });
        // nothing changed
        assertThat(status(id)).isEqualTo(TableStatus.DRAFTING);
        assertThat(revisions.listByTable(id)).isEmpty();
        assertThat(processInstance(id)).isNull();
        assertThat(actions(id)).containsExactly(AuditAction.IMPORT);

        TargetTable fixed = fix(drafted.content());
        approvals.saveDraft(gaoxin, id, fixed, drafted.version());
        ActionResult submitted = approvals.submit(gaoxin, id);

        assertThat(submitted.fromStatus()).isEqualTo(TableStatus.DRAFTING);
        assertThat(submitted.toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
        StoredTable now = table(id);
        assertThat(now.status()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(now.submittedAt()).isNotNull();
        List<Revision> frozen = revisions.listByTable(id);
        assertThat(frozen).hasSize(1);
        assertThat(frozen.get(0).kind()).isEqualTo(RevisionKind.DRAFT);
        assertThat(frozen.get(0).createdBy()).isEqualTo("gaoxin");
        assertThat(frozen.get(0).snapshot().goals()).isEqualTo(fixed.goals());
        assertThat(submitted.revisionId()).isEqualTo(frozen.get(0).id());

        List<AuditEntry> history = auditLog.history(id);
        assertThat(history)
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.IMPORT, AuditAction.EDIT, AuditAction.SUBMIT);
        AuditEntry submit = history.get(2);
        assertThat(submit.actor()).isEqualTo("gaoxin");
        assertThat(submit.actorRole()).isEqualTo(Role.DRAFTER.name());
        assertThat(submit.fromState()).isEqualTo(TableStatus.DRAFTING);
        assertThat(submit.toState()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(submit.revisionId()).isEqualTo(frozen.get(0).id());
        assertThat(auditLog.verify(id).intact()).isTrue();

        String pid = processInstance(id);
        Map<String, Object> vars = runtimeService.getVariables(pid);
        assertThat(vars)
                .containsEntry(ApprovalVariables.TABLE_ID, id)
                .containsEntry(ApprovalVariables.UNIT_CODE, "120001")
                .containsEntry(ApprovalVariables.DEPARTMENT_CODE, "120")
                .containsEntry(ApprovalVariables.FISCAL_YEAR, 2023)
                .containsEntry(ApprovalVariables.DRAFTER, "gaoxin")
                .containsEntry(ApprovalVariables.ADJUSTMENT, false)
                .containsEntry(ApprovalVariables.REVISION_ID, frozen.get(0).id());
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .singleResult()
                        .getBusinessKey())
                .isEqualTo(String.valueOf(id));
        Task review = task(id);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.DEPARTMENT_REVIEW);
        assertThat(review.getDueDate()).isAfter(new java.util.Date());
        assertThat(taskService.getIdentityLinksForTask(review.getId()))
                .extracting(IdentityLink::getGroupId)
                .contains(CandidateGroups.departmentReviewers("120"));
    }

    @Test
    void importCreatesTheUnitsTablesOnceAndSkipsTheRest() throws IOException {
        AppUser gaoxin = user("gaoxin");
        // seed 002 under project codes of its own (the demo mode holds the original ones)
        String document = seed(SeedContent.CHENGDE).replace("13081123P", "13081123W");
        ImportResult imported = approvals.importTables(gaoxin, document, 2023);
        assertThat(imported.created()).hasSize(6);
        assertThat(imported.skipped()).isEmpty();
        for (ActionResult created : imported.created()) {
            StoredTable t = table(created.tableId());
            assertThat(t.status()).isEqualTo(TableStatus.DRAFTING);
            assertThat(t.fiscalYear()).isEqualTo(2023);
            assertThat(t.content().projectCode()).startsWith("13081123W");
            assertThat(actions(t.id())).containsExactly(AuditAction.IMPORT);
        }
        ImportResult again = approvals.importTables(gaoxin, document, 2023);
        assertThat(again.created()).isEmpty();
        assertThat(again.skipped())
                .hasSize(6)
                .allMatch(s -> s.key().equals("import.skipped.duplicateCode"))
                .allMatch(s -> WorkflowTexts.chinese(s).contains("已存在"));

        AppUser lunan = user("lunan");
        // seed 004 is the tables of 442's units: none is 438001's
        ImportResult foreign = approvals.importTables(lunan, seed(SeedContent.QHD), null);
        assertThat(foreign.created()).isEmpty();
        assertThat(foreign.skipped())
                .isNotEmpty()
                .allMatch(s -> WorkflowTexts.chinese(s).contains("不是本单位"));
    }

    @Test
    void aTableUnderReviewCannotBeSubmittedOrEditedAndOtherUnitsDoNotSeeIt() {
        AppUser bianzhi = user("bianzhi");
        long id = submitted(bianzhi);
        assertThatThrownBy(() -> approvals.submit(bianzhi, id))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("主管部门审核");
        assertThatThrownBy(() -> approvals.saveDraft(
                        bianzhi, id, SeedContent.clean(), table(id).version()))
                .isInstanceOf(NotAllowedException.class);
        // a drafter of another unit of the same department sees nothing of it
        assertThatThrownBy(() -> approvals.submit(user("bianzhi2"), id))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("绩效目标表不存在或无权访问");
    }

    @Test
    void aStaleEditIsAConflict() {
        AppUser bianzhi = user("bianzhi");
        long id = create(bianzhi, SeedContent.clean());
        int version = table(id).version();
        TargetTable content = table(id).content();
        approvals.saveDraft(bianzhi, id, content.withGoals("1.第一次修改"), version);
        assertThatThrownBy(() -> approvals.saveDraft(user("shuangzhi"), id, content.withGoals("1.过时的修改"), version))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已被他人修改");
        assertThat(table(id).content().goals()).isEqualTo("1.第一次修改");
        assertThat(actions(id)).containsExactly(AuditAction.CREATE, AuditAction.EDIT);
    }

    /** What the drafter corrects after reading the findings. */
    private static TargetTable fix(TargetTable t) {
        List<IndicatorRow> rows = new ArrayList<>(t.indicators());
        IndicatorRow cost = rows.get(3);
        rows.set(3, IndicatorRow.of(cost.level1(), cost.level2(), "法律顾问服务费", "全年法律顾问服务合同金额", "≤5万元", "法律顾问服务合同"));
        return t.withGoals("1.聘请法律顾问为单位提供法律服务，审查合同不少于30份，案件结案率≥95%")
                .withPlan(new SpendingPlan("25%", "50%", "75%", "100%"))
                .withIndicators(rows);
    }

    static String seed(String file) throws IOException {
        try (InputStream in = SubmissionTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
