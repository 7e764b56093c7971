package cn.perftarget.workflow.routing;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.workflow.error.ConflictException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service task 确定财政审核科室 of the process: sets {@code fiscalSection} to the section the organisation makes
 * responsible for the table's department ({@code section_department}), the same that gives the section's reviewers
 * the department's tables in their scope, so that routing and scope cannot disagree. A department without a section
 * (which the consistency check refuses to save) cannot be passed: the department review's pass is refused and rolled
 * back, with a message naming the department.
 */
@Component(TargetApprovalProcess.ROUTING_BEAN)
class FiscalSectionRouting implements JavaDelegate {

    private final OrganisationRepository organisations;

    FiscalSectionRouting(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String department = String.valueOf(execution.getVariable(ApprovalVariables.DEPARTMENT_CODE));
        String section = organisations
                .routingSection(department)
                .orElseThrow(() -> ConflictException.of("error.routing.noSection", department));
        execution.setVariable(ApprovalVariables.FISCAL_SECTION, section);
    }
}
