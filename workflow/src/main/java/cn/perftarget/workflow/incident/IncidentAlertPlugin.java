package cn.perftarget.workflow.incident;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link AlertingIncidentHandler} in front of the engine's handler of failed jobs (and of failed external
 * tasks, should a model ever use them): every incident they create is told to the operators.
 */
@Component
class IncidentAlertPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<IncidentAlerts> alerts;

    IncidentAlertPlugin(ObjectProvider<IncidentAlerts> alerts) {
        this.alerts = alerts;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        for (String type : new String[] {Incident.FAILED_JOB_HANDLER_TYPE, Incident.EXTERNAL_TASK_HANDLER_TYPE}) {
            IncidentHandler engines = configuration.getIncidentHandler(type);
            if (engines != null) {
                configuration.getIncidentHandlers().put(type, new AlertingIncidentHandler(engines, alerts::getObject));
            }
        }
    }
}
