package cn.perftarget.domain.dbrole;

import cn.perftarget.domain.i18n.Message;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After every migration (Flyway's {@code afterMigrate}, on the owner's connection; Flyway runs its callbacks in the
 * order of their names, and this one comes after the others): grants the application role its rights, then checks
 * on the application's own connection that its role cannot change the audit — the start fails if it can, unless
 * {@code perftarget.db.allow-superuser} is set (a warning then).
 */
@Component
class DatabaseRolesCallback implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRolesCallback.class);

    private final DataSource application;
    private final boolean allowSuperuser;

    DatabaseRolesCallback(DataSource application, @Value("${perftarget.db.allow-superuser:false}") boolean allow) {
        this.application = application;
        this.allowSuperuser = allow;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Connection app = application.getConnection()) {
            String appRole = ApplicationRoleCheck.currentRole(app);
            String ownerRole = ApplicationRoleCheck.currentRole(context.getConnection());
            if (!appRole.equals(ownerRole) && !ApplicationRoleCheck.isSuperuser(app)) {
                ApplicationRoleGrants.grant(context.getConnection(), appRole);
            }
            Optional<Message> refusal = ApplicationRoleCheck.refusal(app);
            if (refusal.isPresent()) {
                String text = ApplicationRoleCheck.text(refusal.get());
                if (!allowSuperuser) {
                    throw new IllegalStateException(text);
                }
                log.warn("perftarget.db.allow-superuser=true: {}", text);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rights of the application role cannot be set: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        // Flyway sorts callbacks by name: after the engine's schema and its triggers (see the workflow module)
        return "perftarget-90-database-roles";
    }
}
