package cn.perftarget.workflow.incident;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.jspecify.annotations.Nullable;

/**
 * The engine's own handler, and then the operators told of the incident it created — in the same transaction, the
 * one that records the job's last failure: the incident and its notifications exist together or not at all.
 */
final class AlertingIncidentHandler implements IncidentHandler {

    private final IncidentHandler engines;
    private final Supplier<IncidentAlerts> alerts;

    AlertingIncidentHandler(IncidentHandler engines, Supplier<IncidentAlerts> alerts) {
        this.engines = engines;
        this.alerts = alerts;
    }

    @Override
    public String getIncidentHandlerType() {
        return engines.getIncidentHandlerType();
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
        Incident incident = engines.handleIncident(context, message);
        if (incident != null) {
            alerts.get()
                    .raised(new RaisedIncident(
                            incident.getId(),
                            incident.getProcessInstanceId(),
                            businessKey(incident),
                            activityName(incident),
                            incident.getIncidentMessage()));
        }
        return incident;
    }

    @Override
    public void resolveIncident(IncidentContext context) {
        engines.resolveIncident(context);
    }

    @Override
    public void deleteIncident(IncidentContext context) {
        engines.deleteIncident(context);
    }

    private static @Nullable String businessKey(Incident incident) {
        if (incident instanceof IncidentEntity entity) {
            ExecutionEntity execution = entity.getExecution();
            return execution == null ? null : execution.getProcessBusinessKey();
        }
        return null;
    }

    /** The failed activity's id in the model (as Cockpit shows it), or the incident's type when it has none. */
    private static String activityName(Incident incident) {
        String id = incident.getActivityId();
        if (id == null) {
            return incident.getIncidentType();
        }
        return id;
    }
}
