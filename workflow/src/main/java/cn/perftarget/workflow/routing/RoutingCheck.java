package cn.perftarget.workflow.routing;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.workflow.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The consistency of routing and scope: every active department with an active unit has a responsible section (else
 * its tables could not reach a fiscal review), and every open fiscal review waits for a section responsible for the
 * table's department (else it would wait where nobody can see it). Checked on every save of the organisation (the
 * save is refused and rolled back) and at start ({@link RoutingCheckAtStart}).
 */
@Component
public class RoutingCheck {

    /** An open fiscal review routed to a section that is not (any more) responsible for the table's department. */
    public record MisroutedTask(
            String taskId, String departmentCode, @Nullable String section) {}

    private final OrganisationRepository organisations;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    RoutingCheck(OrganisationRepository organisations, TaskService taskService, RuntimeService runtimeService) {
        this.organisations = organisations;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** The departments (of the region; all when null) that have units but no responsible section. */
    public List<Organisation> departmentsWithoutSection(@Nullable String regionCode) {
        return organisations.departmentsWithoutSection(regionCode);
    }

    /** Refuses (and so rolls back) a configuration of the region in which a department with units has no section. */
    public void requireConsistent(String regionCode) {
        List<Organisation> missing = departmentsWithoutSection(regionCode);
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    InvalidInputException.Input.OTHER, "error.routing.departmentWithoutSection", names(missing));
        }
    }

    /** The open fiscal reviews of the department waiting for a section not responsible for it. */
    public List<MisroutedTask> misrouted(String departmentCode) {
        List<String> responsible = organisations.responsibleSections(departmentCode);
        List<MisroutedTask> wrong = new ArrayList<>();
        for (Task task : openFiscalReviews(departmentCode)) {
            Object section = runtimeService.getVariable(task.getProcessInstanceId(), ApprovalVariables.FISCAL_SECTION);
            if (section == null || !responsible.contains(section.toString())) {
                wrong.add(new MisroutedTask(task.getId(), departmentCode, section == null ? null : section.toString()));
            }
        }
        return wrong;
    }

    List<Task> openFiscalReviews(String departmentCode) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(TargetApprovalProcess.PROCESS_KEY)
                .taskDefinitionKey(TargetApprovalProcess.FISCAL_REVIEW)
                .processVariableValueEquals(ApprovalVariables.DEPARTMENT_CODE, departmentCode)
                .list();
    }

    static String names(List<Organisation> departments) {
        return departments.stream().map(d -> d.code() + " " + d.name()).collect(Collectors.joining("、"));
    }
}
