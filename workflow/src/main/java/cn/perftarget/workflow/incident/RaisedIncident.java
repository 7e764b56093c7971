package cn.perftarget.workflow.incident;

import org.jspecify.annotations.Nullable;

/**
 * An incident the engine just created.
 *
 * @param processInstanceId null for an incident outside a process instance
 * @param businessKey       the process instance's business key (a round's: the table id), null when it has none
 * @param activity          the failed activity's id in the model
 * @param message           the last failure's message, null when the failure had none
 */
record RaisedIncident(
        String id,
        @Nullable String processInstanceId,
        @Nullable String businessKey,
        String activity,
        @Nullable String message) {}
