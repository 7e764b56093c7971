package cn.perftarget.bpmn.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.FiscalRouting;
import cn.perftarget.bpmn.engine.PostgresProcessEngine;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision table fiscal-routing, row by row, evaluated by the engine on PostgreSQL. */
@Deployment(resources = FiscalRouting.RESOURCE)
class FiscalRoutingDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .useProcessEngine(PostgresProcessEngine.shared())
            .build();

    /** department code, expected fiscal section, id of the row that must decide it. */
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("438", "F-TSLN-1", "department438"),
                Arguments.of("131", "F-TSGW-1", "department131"),
                Arguments.of("120", "F-CDGX-1", "department120"),
                Arguments.of("442", "F-QHD-1", "department442"),
                Arguments.of("999", "F-DEFAULT", "otherDepartments"),
                Arguments.of("", "F-DEFAULT", "otherDepartments"),
                Arguments.of("4420", "F-DEFAULT", "otherDepartments"));
    }

    @ParameterizedTest(name = "department \"{0}\" → {1} (row {2})")
    @MethodSource("rows")
    void eachDepartmentIsRoutedByItsRow(String departmentCode, String fiscalSection, String ruleId) {
        ProcessEngine engine = ENGINE.getProcessEngine();

        String result = engine.getDecisionService()
                .evaluateDecisionTableByKey(
                        FiscalRouting.DECISION_KEY,
                        Variables.createVariables().putValue(FiscalRouting.INPUT_DEPARTMENT_CODE, departmentCode))
                .getSingleEntry();

        assertThat(result).isEqualTo(fiscalSection);
        assertThat(matchedRule(engine)).isEqualTo(ruleId);
    }

    @Test
    void everyRowOfTheTableIsCheckedAndTheLastOneCatchesTheRest() {
        DmnModelInstance model = readModel();
        DecisionTable table =
                model.getModelElementsByType(DecisionTable.class).iterator().next();
        List<String> ruleIds = table.getRules().stream().map(Rule::getId).toList();

        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(ruleIds)
                .containsExactlyInAnyOrderElementsOf(
                        rows().map(arguments -> (String) arguments.get()[2])
                                .distinct()
                                .toList());
        Rule last = table.getRules().stream().reduce((first, second) -> second).orElseThrow();
        assertThat(last.getId()).isEqualTo("otherDepartments");
        assertThat(last.getInputEntries())
                .allSatisfy(entry -> assertThat(entry.getTextContent()).isBlank());
    }

    @Test
    void aNumericDepartmentCodeIsReadAsItsDigits() {
        String result = ENGINE.getProcessEngine()
                .getDecisionService()
                .evaluateDecisionTableByKey(
                        FiscalRouting.DECISION_KEY,
                        Variables.createVariables().putValue(FiscalRouting.INPUT_DEPARTMENT_CODE, 442))
                .getSingleEntry();

        assertThat(result).as("typeRef string turns 442 into \"442\"").isEqualTo("F-QHD-1");
    }

    private static String matchedRule(ProcessEngine engine) {
        String deployedTable = engine.getRepositoryService()
                .createDecisionDefinitionQuery()
                .deploymentId(ENGINE.getDeploymentId())
                .decisionDefinitionKey(FiscalRouting.DECISION_KEY)
                .singleResult()
                .getId();
        HistoricDecisionInstance evaluation = engine.getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionId(deployedTable)
                .includeOutputs()
                .singleResult();
        List<HistoricDecisionOutputInstance> outputs = evaluation.getOutputs();
        assertThat(outputs).hasSize(1);
        return outputs.get(0).getRuleId();
    }

    private static DmnModelInstance readModel() {
        InputStream dmn = FiscalRoutingDecisionTest.class.getClassLoader().getResourceAsStream(FiscalRouting.RESOURCE);
        assertThat(dmn).as(FiscalRouting.RESOURCE).isNotNull();
        return Dmn.readModelFromStream(dmn);
    }
}
