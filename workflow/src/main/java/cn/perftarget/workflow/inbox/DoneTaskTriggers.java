package cn.perftarget.workflow.inbox;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the triggers that keep {@code done_task} (V28) on Camunda's ACT_HI_TASKINST and fills it from the history
 * already there (see {@link TriggeredProjection}; the triggers on {@code workflow_round} and {@code target_table} are
 * V28's own).
 */
@Component
class DoneTaskTriggers extends TriggeredProjection {

    static final Map<String, String> TRIGGERS = Map.of(
            "done_task_task",
            "create trigger done_task_task after insert or delete on act_hi_taskinst"
                    + " for each row execute function done_task_on_task()",
            // Camunda rewrites the whole row on every change: react only to what the projection holds
            "done_task_task_update",
            "create trigger done_task_task_update after update on act_hi_taskinst"
                    + " for each row when (old.assignee_ is distinct from new.assignee_"
                    + " or old.end_time_ is distinct from new.end_time_"
                    + " or old.delete_reason_ is distinct from new.delete_reason_"
                    + " or old.due_date_ is distinct from new.due_date_"
                    + " or old.start_time_ is distinct from new.start_time_"
                    + " or old.task_def_key_ is distinct from new.task_def_key_"
                    + " or old.proc_inst_id_ is distinct from new.proc_inst_id_)"
                    + " execute function done_task_on_task()");

    /** The columns of {@code done_task}, in the order of {@link #DEFINITION}. */
    static final String COLUMNS = "task_id, assignee, process_instance_id, task_key, due_date, started, completed,"
            + " table_id, unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at";

    /**
     * What {@code done_task} holds by definition: every completed task of the history with an assignee whose process
     * instance is a round of a table, with the columns of that table.
     */
    static final String DEFINITION = "select k.id_, k.assignee_, k.proc_inst_id_, k.task_def_key_, k.due_date_,"
            + " k.start_time_, k.end_time_, " + OpenTaskTriggers.TABLE_COLUMNS
            + " from act_hi_taskinst k join workflow_round r on r.process_instance_id = k.proc_inst_id_"
            + " join target_table t on t.id = r.table_id"
            + " where k.assignee_ is not null and k.end_time_ is not null and k.delete_reason_ = 'completed'";

    DoneTaskTriggers() {
        super("done_task", "act_hi_taskinst, workflow_round, target_table", TRIGGERS, COLUMNS, DEFINITION);
    }

    @Override
    public String getCallbackName() {
        // Flyway runs callbacks in the order of their names: after the engine's tables (perftarget-10-…)
        return "perftarget-20-done-task-triggers";
    }
}
