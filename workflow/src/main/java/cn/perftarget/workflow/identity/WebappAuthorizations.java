package cn.perftarget.workflow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The authorizations the webapps need, created at engine start when missing (idempotent).
 * <ul>
 * <li>Group {@code camunda-admin} (our OPERATOR users): ALL on every resource, as Camunda's own first-admin setup
 * grants; {@code camunda.bpm.admin-user} cannot do it because it would create a user in the read-only provider.</li>
 * <li>Tasklist: one global grant of ACCESS to the application {@code tasklist} for every user. Our groups are
 * derived from the organisation and change with it, so per-group rows would need syncing. A global grant is safe:
 * every role can hold a task (reviewers review, drafters revise and confirm), and what a user sees in Tasklist is
 * still limited by the task authorizations the engine grants to a task's candidate groups and assignee; auditors and
 * others without tasks see an empty list. Cockpit and Admin stay with {@code camunda-admin}.</li>
 * </ul>
 */
@Component
class WebappAuthorizations extends AbstractProcessEnginePlugin {

    static final String TASKLIST = "tasklist";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resources resource : Resources.values()) {
            boolean granted = authorizations
                            .createAuthorizationQuery()
                            .groupIdIn(Groups.CAMUNDA_ADMIN)
                            .resourceType(resource)
                            .resourceId(Authorization.ANY)
                            .count()
                    > 0;
            if (!granted) {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(Groups.CAMUNDA_ADMIN);
                grant.setResource(resource);
                grant.setResourceId(Authorization.ANY);
                grant.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(grant);
            }
        }
        boolean tasklistOpen = authorizations
                        .createAuthorizationQuery()
                        .userIdIn(Authorization.ANY)
                        .resourceType(Resources.APPLICATION)
                        .resourceId(TASKLIST)
                        .count()
                > 0;
        if (!tasklistOpen) {
            Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            global.setUserId(Authorization.ANY);
            global.setResource(Resources.APPLICATION);
            global.setResourceId(TASKLIST);
            global.addPermission(Permissions.ACCESS);
            authorizations.saveAuthorization(global);
        }
    }
}
