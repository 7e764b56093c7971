package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.workflow.deadline.ReviewDeadlines;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import cn.perftarget.workflow.settings.RegionWorkflowSettingsRepository;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The process variables the service passes (bpmn/README.md, Variables): the due dates go with every call. */
@Component
class RoundVariables {

    private final RegionWorkflowSettingsRepository settings;
    private final ReviewDeadlines deadlines;

    RoundVariables(RegionWorkflowSettingsRepository settings, ReviewDeadlines deadlines) {
        this.settings = settings;
        this.deadlines = deadlines;
    }

    RegionWorkflowSettings settings(TableHandle handle) {
        return settings.load(handle.regionCode());
    }

    /** The due dates of the next review task, from now, in the region's working days. */
    Map<String, Object> withDueDates(TableHandle handle) {
        return dueDates(settings(handle));
    }

    private Map<String, Object> dueDates(RegionWorkflowSettings regional) {
        ReviewDeadlines.Deadlines next = deadlines.next(regional);
        Map<String, Object> vars = new HashMap<>();
        vars.put(ApprovalVariables.REVIEW_DUE, next.reviewDue());
        vars.put(ApprovalVariables.ESCALATION_DUE, next.escalationDue());
        return vars;
    }

    /** Everything the start of a round needs. */
    Map<String, Object> start(TableHandle handle, long revisionId, String drafter) {
        RegionWorkflowSettings regional = settings(handle);
        Map<String, Object> vars = dueDates(regional);
        vars.put(ApprovalVariables.TABLE_ID, handle.id());
        vars.put(ApprovalVariables.REVISION_ID, revisionId);
        vars.put(ApprovalVariables.UNIT_CODE, handle.unitCode());
        vars.put(ApprovalVariables.DEPARTMENT_CODE, handle.departmentCode());
        vars.put(ApprovalVariables.FISCAL_YEAR, handle.table().fiscalYear());
        vars.put(ApprovalVariables.DRAFTER, drafter);
        vars.put(ApprovalVariables.ADJUSTMENT, handle.table().adjusting());
        if (handle.table().adjusting()) {
            vars.put(ApprovalVariables.ADJUSTMENT_REASON, handle.round().adjustmentReason());
        }
        vars.put(ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, regional.resubmitViaDepartment());
        return vars;
    }
}
