package cn.perftarget.bpmn.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.bpmn.engine.PostgresProcessEngine;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deploys the process for each test, with the routing bean standing in for the organisation
 * ({@link OrganisationRouting}), on the shared PostgreSQL engine, with
 * the engine clock fixed at Monday 2 March 2026, 09:00 Beijing time. The clock is global to the JVM: it is reset
 * after each test (also when a {@code @BeforeEach} failed, when the extension's own reset does not run), and each test
 * first checks that it finds the real time, so that a test leaving the clock set cannot go unnoticed.
 */
@Deployment(resources = TargetApprovalProcess.RESOURCE)
abstract class ApprovalProcessTest {

    static final Date MONDAY_MORNING =
            Date.from(OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant());

    /** One extension per test instance: a static one in this base class would be shared by the subclasses,
     * and its afterAll of the first class would clear the services for the others. */
    @RegisterExtension
    final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PostgresProcessEngine.shared())
            .build();

    ProcessEngine engine;
    ApprovalRound round;

    @BeforeEach
    void startTheRound() {
        engine = extension.getProcessEngine();
        AbstractAssertions.init(engine);
        assertThat(ClockUtil.getCurrentTime())
                .as("the engine clock, left set by an earlier test")
                .isCloseTo(new Date(), 60_000);
        ClockUtil.setCurrentTime(MONDAY_MORNING);
        round = new ApprovalRound(engine);
        Mocks.register(TargetApprovalProcess.ROUTING_BEAN, new OrganisationRouting());
    }

    @AfterEach
    void resetTheClockAndForgetBeans() {
        ClockUtil.reset();
        Mocks.reset();
        AbstractAssertions.reset();
    }

    /** How often the instance entered the activity (from the full history). */
    long timesEntered(ProcessInstance instance, String activityId) {
        return engine.getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .count();
    }

    /** The end event the finished instance ended in: how the service tells 已批复 from 不予安排. */
    String endActivityOf(ProcessInstance instance) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getEndActivityId();
    }
}
