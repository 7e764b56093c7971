package cn.perftarget.domain.audit;

import cn.perftarget.domain.table.TableStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An action to be recorded: who, in which role, did what to which table, from which state to which.
 *
 * @param actor      username, or a system name such as {@code system} for timer actions
 * @param actorRole  the role the actor acted in (e.g. {@code DRAFTER}, {@code SYSTEM})
 * @param fromState  state before the action, null when the action creates the table or changes no state
 * @param toState    state after the action, null when it changes no state
 * @param comment    the comment given, may be null
 * @param revisionId the revision the action concerns, may be null
 */
public record AuditEvent(
        long tableId,
        String actor,
        String actorRole,
        AuditAction action,
        @Nullable TableStatus fromState,
        @Nullable TableStatus toState,
        @Nullable String comment,
        @Nullable Long revisionId) {

    public AuditEvent {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor");
        }
        if (actorRole == null || actorRole.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs the actor's role");
        }
        Objects.requireNonNull(action, "action");
    }

    /** An action that changes no state. */
    public static AuditEvent of(
            long tableId, String actor, String actorRole, AuditAction action, @Nullable String comment) {
        return new AuditEvent(tableId, actor, actorRole, action, null, null, comment, null);
    }
}
