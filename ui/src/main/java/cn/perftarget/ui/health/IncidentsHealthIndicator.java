package cn.perftarget.ui.health;

import cn.perftarget.workflow.incident.OpenIncidents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code incidents} component of {@code /actuator/health}: the engine's open incidents (jobs that used up their
 * retries), counted over the whole cluster, with the newest five. It stays UP — an incident is work for an operator
 * (notified in-app, repaired in Cockpit), not a reason for a load balancer to take the node out — and says so in its
 * details: {@code open} (how many), {@code newest} (id, time, type, activity, process instance, message). DOWN when
 * the database cannot be read (an {@link AbstractHealthIndicator} turns the failure into DOWN, not an error page).
 */
@Component
class IncidentsHealthIndicator extends AbstractHealthIndicator {

    private final OpenIncidents incidents;

    IncidentsHealthIndicator(OpenIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OpenIncidents.Summary summary = incidents.summary();
        List<Map<String, String>> newest =
                summary.newest().stream().map(IncidentsHealthIndicator::details).toList();
        builder.up().withDetail("open", summary.open()).withDetail("newest", newest);
    }

    private static Map<String, String> details(OpenIncidents.OpenIncident i) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("id", i.id());
        d.put("at", i.at().toString());
        d.put("type", i.type());
        String activity = i.activityId();
        if (activity != null) {
            d.put("activity", activity);
        }
        String processInstance = i.processInstanceId();
        if (processInstance != null) {
            d.put("processInstance", processInstance);
        }
        String message = i.message();
        if (message != null) {
            d.put("message", message);
        }
        return d;
    }
}
