package cn.perftarget.bpmn.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.bpmn.TargetApprovalProcess;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The model matches the contract of bpmn/README.md and the constants the workflow module compiles against. */
class ModelContractTest {

    private static final BpmnModelInstance MODEL = ProcessModels.read(TargetApprovalProcess.RESOURCE);
    private static final Pattern ENGLISH_ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private static <T extends BaseElement> T element(String id, Class<T> type) {
        BaseElement element = MODEL.getModelElementById(id);
        assertThat(element).as(id).isInstanceOf(type);
        return type.cast(element);
    }

    @Test
    void theProcessIsExecutableUnderItsKeyWithAHistoryTimeToLive() {
        Process process = element(TargetApprovalProcess.PROCESS_KEY, Process.class);

        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    }

    @Test
    void idsAreEnglishAndEveryTaskEventAndDecidingGatewayHasAChineseName() {
        for (BaseElement element : MODEL.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null) { // expressions carry no id
                assertThat(element.getId()).as("id").matches(ENGLISH_ID);
            }
        }
        for (FlowNode node : MODEL.getModelElementsByType(FlowNode.class)) {
            boolean joiningGateway =
                    node instanceof Gateway && node.getOutgoing().size() == 1;
            if (!joiningGateway) {
                assertThat(node.getName())
                        .as("name of " + node.getId())
                        .isNotBlank()
                        .containsPattern(CHINESE);
            }
        }
    }

    @Test
    void theUserTasksAreTheFourOfTheContractWithTheirCandidateGroups() {
        Map<String, String> groups = MODEL.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId, UserTask::getCamundaCandidateGroups));

        assertThat(groups)
                .containsOnly(
                        Map.entry(
                                TargetApprovalProcess.DEPARTMENT_REVIEW,
                                CandidateGroups.departmentReviewers("${departmentCode}")),
                        Map.entry(
                                TargetApprovalProcess.FISCAL_REVIEW,
                                CandidateGroups.fiscalReviewers("${fiscalSection}")),
                        Map.entry(TargetApprovalProcess.UNIT_CONFIRMATION, CandidateGroups.drafters("${unitCode}")),
                        Map.entry(TargetApprovalProcess.REVISE, CandidateGroups.drafters("${unitCode}")));
    }

    @Test
    void eachReviewIsDueAtReviewDueWithAWithdrawalAReminderAndAnEscalation() {
        for (String review : List.of(TargetApprovalProcess.DEPARTMENT_REVIEW, TargetApprovalProcess.FISCAL_REVIEW)) {
            UserTask task = element(review, UserTask.class);
            assertThat(task.getCamundaDueDate()).isEqualTo("${" + ApprovalVariables.REVIEW_DUE + "}");

            Collection<BoundaryEvent> boundaries = MODEL.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(event -> event.getAttachedTo() == task)
                    .toList();
            assertThat(boundaries).hasSize(3);

            assertThat(boundaries)
                    .filteredOn(BoundaryEvent::cancelActivity)
                    .singleElement()
                    .satisfies(withdraw -> assertThat(withdraw.getEventDefinitions())
                            .singleElement()
                            .isInstanceOfSatisfying(
                                    MessageEventDefinition.class,
                                    message -> assertThat(message.getMessage().getName())
                                            .isEqualTo(TargetApprovalProcess.WITHDRAW_MESSAGE)));

            Map<String, String> timerTargets = boundaries.stream()
                    .filter(event -> !event.cancelActivity())
                    .collect(Collectors.toMap(
                            event -> ((TimerEventDefinition) event.getEventDefinitions()
                                            .iterator()
                                            .next())
                                    .getTimeDate()
                                    .getTextContent(),
                            event -> ((ServiceTask) event.getOutgoing()
                                            .iterator()
                                            .next()
                                            .getTarget())
                                    .getCamundaDelegateExpression()));
            assertThat(timerTargets)
                    .containsOnly(
                            Map.entry(
                                    "${" + ApprovalVariables.REVIEW_DUE + "}",
                                    "${" + TargetApprovalProcess.REMINDER_BEAN + "}"),
                            Map.entry(
                                    "${" + ApprovalVariables.ESCALATION_DUE + "}",
                                    "${" + TargetApprovalProcess.ESCALATION_BEAN + "}"));
        }
    }

    @Test
    void theRoutingTaskAsksTheOrganisationThroughItsBean() {
        ServiceTask routing = MODEL.getModelElementById(TargetApprovalProcess.ROUTE_TO_FISCAL_SECTION);

        assertThat(routing.getCamundaDelegateExpression()).isEqualTo("${" + TargetApprovalProcess.ROUTING_BEAN + "}");
        assertThat(routing.getOutgoing())
                .singleElement()
                .satisfies(flow -> assertThat(flow.getTarget().getOutgoing())
                        .singleElement()
                        .satisfies(toReview -> assertThat(toReview.getTarget().getId())
                                .isEqualTo(TargetApprovalProcess.FISCAL_REVIEW)));
    }

    @Test
    void theRoundEndsApprovedOrRejectedOnly() {
        List<String> outcomes = MODEL.getModelElementsByType(EndEvent.class).stream()
                .filter(end -> end.getIncoming().stream().noneMatch(flow -> flow.getSource() instanceof ServiceTask))
                .map(EndEvent::getId)
                .toList();

        assertThat(outcomes).containsExactlyInAnyOrder(TargetApprovalProcess.APPROVED, TargetApprovalProcess.REJECTED);
        assertThat(element(TargetApprovalProcess.APPROVED, EndEvent.class).getName())
                .isEqualTo("已批复");
        assertThat(element(TargetApprovalProcess.REJECTED, EndEvent.class).getName())
                .isEqualTo("不予安排");
    }
}
