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
 * The authorizations of the Camunda webapps, set at engine start (idempotent): they are operator tools. Group
 * {@code camunda-admin} — our OPERATOR users — gets ALL on every resource, as Camunda's own first-admin setup grants
 * ({@code camunda.bpm.admin-user} cannot do it: it would create a user in the read-only identity provider); even so,
 * the engine's guard refuses operators every change of a process but the repairs (retrying a job, resolving an
 * incident), and every change of models and authorizations after the start. Nobody else gets any webapp: the global
 * grant of Tasklist to every user that earlier versions created is removed, so drafters and reviewers cannot read
 * other regions' users or change tasks there; they work in the application.
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
        authorizations
                .createAuthorizationQuery()
                .userIdIn(Authorization.ANY)
                .resourceType(Resources.APPLICATION)
                .resourceId(TASKLIST)
                .list()
                .forEach(global -> authorizations.deleteAuthorization(global.getId()));
    }
}
