package cn.perftarget.workflow.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the triggers that keep {@code open_task} (V27) on Camunda's ACT_RU_TASK and ACT_RU_IDENTITYLINK and fills it
 * from the tasks already there (see {@link TriggeredProjection}; the trigger on {@code target_table} is V27's own).
 */
@Component
class OpenTaskTriggers extends TriggeredProjection {

    static final Map<String, String> TRIGGERS = triggers();

    /** The columns of {@code open_task}, in the order of {@link #DEFINITION}. */
    static final String COLUMNS = "task_id, kind, holder, process_instance_id, task_key, due_date, created, table_id,"
            + " unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at";

    /** The columns of a task's table {@code t} that the projections hold. */
    static final String TABLE_COLUMNS =
            "t.id, t.unit_id, t.fiscal_year, t.status, t.budget, t.project_code, t.project_name, t.submitted_at";

    /**
     * What {@code open_task} holds by definition: every assigned task under its assignee, every unassigned one under
     * each candidate group, with the columns of its table (null when it has none).
     */
    static final String DEFINITION = "select k.id_, cast('A' as char(1)), k.assignee_, k.proc_inst_id_,"
            + " k.task_def_key_, k.due_date_, k.create_time_, " + TABLE_COLUMNS
            + " from act_ru_task k left join target_table t on t.process_instance_id = k.proc_inst_id_"
            + " where k.assignee_ is not null"
            + " union all select k.id_, cast('C' as char(1)), l.group_id_, k.proc_inst_id_, k.task_def_key_,"
            + " k.due_date_, k.create_time_, " + TABLE_COLUMNS
            + " from act_ru_task k join act_ru_identitylink l on l.task_id_ = k.id_"
            + " left join target_table t on t.process_instance_id = k.proc_inst_id_"
            + " where k.assignee_ is null and l.type_ = 'candidate' and l.group_id_ is not null";

    OpenTaskTriggers() {
        super("open_task", "act_ru_task, act_ru_identitylink, target_table", TRIGGERS, COLUMNS, DEFINITION);
    }

    @Override
    public String getCallbackName() {
        // Flyway runs callbacks in the order of their names: after the engine's tables (perftarget-10-…)
        return "perftarget-20-open-task-triggers";
    }

    private static Map<String, String> triggers() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(
                "open_task_task_insert",
                "create trigger open_task_task_insert after insert on act_ru_task"
                        + " for each row execute function open_task_on_task()");
        // Camunda rewrites the whole row on every change: react only to what the projection holds
        t.put(
                "open_task_task_update",
                "create trigger open_task_task_update after update on act_ru_task"
                        + " for each row when (old.assignee_ is distinct from new.assignee_"
                        + " or old.due_date_ is distinct from new.due_date_"
                        + " or old.task_def_key_ is distinct from new.task_def_key_"
                        + " or old.proc_inst_id_ is distinct from new.proc_inst_id_"
                        + " or old.create_time_ is distinct from new.create_time_)"
                        + " execute function open_task_on_task()");
        t.put(
                "open_task_task_delete",
                "create trigger open_task_task_delete after delete on act_ru_task"
                        + " for each row execute function open_task_on_task()");
        t.put(
                "open_task_link",
                "create trigger open_task_link after insert or delete"
                        + " on act_ru_identitylink for each row execute function open_task_on_link()");
        return Collections.unmodifiableMap(t);
    }
}
