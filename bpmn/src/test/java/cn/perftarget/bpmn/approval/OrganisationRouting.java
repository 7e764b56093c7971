package cn.perftarget.bpmn.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The routing bean as the workflow provides it (the section responsible for the department, from the organisation),
 * over a fixed organisation: the demo departments and their sections. A department without a section fails the
 * routing, as the workflow's does.
 */
final class OrganisationRouting implements JavaDelegate {

    static final Map<String, String> SECTIONS = Map.of(
            "442", "F-QHD-1",
            "438", "F-TSLN-1",
            "120", "F-CDGX-1",
            "131", "F-TSGW-1");

    @Override
    public void execute(DelegateExecution execution) {
        String department = (String) execution.getVariable(ApprovalVariables.DEPARTMENT_CODE);
        String section = SECTIONS.get(department);
        if (section == null) {
            throw new IllegalStateException("no section is responsible for department " + department);
        }
        execution.setVariable(ApprovalVariables.FISCAL_SECTION, section);
    }
}
