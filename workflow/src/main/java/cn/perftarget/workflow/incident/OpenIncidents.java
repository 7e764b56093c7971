package cn.perftarget.workflow.incident;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The incidents open now (in the whole cluster: they are rows of the shared database), for {@code /actuator/health}. */
@Service
public class OpenIncidents {

    /** How many of the newest incidents {@link #summary()} lists. */
    public static final int LISTED = 5;

    /**
     * One open incident.
     *
     * @param processInstanceId null for an incident outside a process instance
     * @param message           the failure's message, null when it had none
     */
    public record OpenIncident(
            String id,
            Instant at,
            String type,
            @Nullable String activityId,
            @Nullable String processInstanceId,
            @Nullable String message) {}

    /** How many are open, and the newest of them first. */
    public record Summary(long open, List<OpenIncident> newest) {}

    private final RuntimeService runtime;

    OpenIncidents(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public Summary summary() {
        long open = runtime.createIncidentQuery().count();
        if (open == 0) {
            return new Summary(0, List.of());
        }
        List<OpenIncident> newest =
                runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, LISTED).stream()
                        .map(OpenIncidents::of)
                        .toList();
        return new Summary(open, newest);
    }

    private static OpenIncident of(Incident i) {
        return new OpenIncident(
                i.getId(),
                i.getIncidentTimestamp().toInstant(),
                i.getIncidentType(),
                i.getActivityId(),
                i.getProcessInstanceId(),
                i.getIncidentMessage());
    }
}
