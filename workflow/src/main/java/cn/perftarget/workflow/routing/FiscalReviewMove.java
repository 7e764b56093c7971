package cn.perftarget.workflow.routing;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.workflow.process.ServiceCall;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves the open fiscal reviews of a department to the section now responsible for it: the process variable
 * {@code fiscalSection} (which the due-date timers and a later resubmission read) and the task's candidate group of
 * fiscal reviewers (other candidates, e.g. a lead's group after an escalation, stay); a
 * task claimed by a reviewer of the old section is released, since only the new section may review it. Done as the
 * service (the engine guard refuses such changes from anyone else), in the caller's transaction.
 */
@Component
public class FiscalReviewMove {

    private final RoutingCheck check;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    FiscalReviewMove(RoutingCheck check, TaskService taskService, RuntimeService runtimeService) {
        this.check = check;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** @return how many open fiscal reviews moved */
    public int moveTo(String departmentCode, String sectionCode) {
        return ServiceCall.run(() -> {
            int moved = 0;
            String group = CandidateGroups.fiscalReviewers(sectionCode);
            for (Task task : check.openFiscalReviews(departmentCode)) {
                Object current =
                        runtimeService.getVariable(task.getProcessInstanceId(), ApprovalVariables.FISCAL_SECTION);
                if (sectionCode.equals(current)) {
                    continue;
                }
                runtimeService.setVariable(task.getProcessInstanceId(), ApprovalVariables.FISCAL_SECTION, sectionCode);
                for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType())
                            && link.getGroupId() != null
                            && link.getGroupId().startsWith(CandidateGroups.fiscalReviewers(""))
                            && !link.getGroupId().equals(group)) {
                        taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
                    }
                }
                taskService.addCandidateGroup(task.getId(), group);
                if (task.getAssignee() != null) {
                    taskService.setAssignee(task.getId(), null);
                }
                moved++;
            }
            return moved;
        });
    }
}
