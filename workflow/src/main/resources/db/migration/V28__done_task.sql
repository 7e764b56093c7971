-- The done tab of the inbox (已办) by index (issue 18): done_task holds a row per task a user completed, with the
-- table of its round and the columns of that table the inbox sorts and filters by, so that the 已办 count and pages
-- under a filter read the user's rows of one narrow table instead of joining every done task of the user with its
-- round and table (a fiscal section lead's filtered count read ~4,000 done tasks at 1,000,000 tables to find none).
-- What it holds by definition (DoneTaskTriggers.DEFINITION): every completed task of Camunda's history with an
-- assignee, whose process instance is a round of a table (workflow_round). Kept in the same transaction by triggers:
-- on Camunda's ACT_HI_TASKINST (created once the engine's tables exist: DoneTaskTriggers, Flyway's afterMigrate,
-- which also fills the table) and on workflow_round and target_table (below). The inbox still reads the rows of a
-- page from ACT_HI_TASKINST and target_table and checks there that each is the user's.
CREATE TABLE done_task (
    task_id             varchar(64)  PRIMARY KEY,
    assignee            varchar(255) NOT NULL,
    process_instance_id varchar(64)  NOT NULL,
    task_key            varchar(255),
    due_date            timestamp,
    started             timestamp,
    completed           timestamp    NOT NULL,
    table_id            bigint       NOT NULL,
    unit_id             bigint,
    fiscal_year         integer,
    status              varchar(20),
    budget              numeric(14, 2),
    project_code        text,
    project_name        text,
    submitted_at        timestamptz
);
-- the tab's order (newest first, ties by task id: read forwards) and its count; the grid's 年度 + 状态 filter
CREATE INDEX done_task_completed_idx ON done_task (assignee, completed DESC, task_id);
CREATE INDEX done_task_status_idx ON done_task (assignee, status, fiscal_year);
-- a table's change and a round's reach their rows
CREATE INDEX done_task_table_idx ON done_task (table_id);
CREATE INDEX done_task_process_idx ON done_task (process_instance_id);

-- the row of one completed task, if its process instance is a table's round (scalar arguments: ACT_HI_TASKINST's row
-- type does not exist yet when this runs on an empty database)
CREATE FUNCTION done_task_fill(p_task_id varchar, p_assignee varchar, p_process_instance_id varchar,
                               p_task_key varchar, p_due_date timestamp, p_started timestamp,
                               p_completed timestamp) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO done_task (task_id, assignee, process_instance_id, task_key, due_date, started, completed, table_id,
                           unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at)
    SELECT p_task_id, p_assignee, p_process_instance_id, p_task_key, p_due_date, p_started, p_completed, t.id,
           t.unit_id, t.fiscal_year, t.status, t.budget, t.project_code, t.project_name, t.submitted_at
      FROM workflow_round r
      JOIN target_table t ON t.id = r.table_id
     WHERE r.process_instance_id = p_process_instance_id
    ON CONFLICT (task_id) DO NOTHING;
END $$;

-- a task of the history: completed (or changed, or removed by the history's cleanup)
CREATE FUNCTION done_task_on_task() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM done_task WHERE task_id = OLD.id_;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.assignee_ IS NOT NULL AND NEW.end_time_ IS NOT NULL
        AND NEW.delete_reason_ = 'completed' AND NEW.proc_inst_id_ IS NOT NULL THEN
        PERFORM done_task_fill(NEW.id_, NEW.assignee_, NEW.proc_inst_id_, NEW.task_def_key_, NEW.due_date_,
                               NEW.start_time_, NEW.end_time_);
    END IF;
    RETURN NULL;
END $$;

-- a round links a process instance's tasks to a table
CREATE FUNCTION done_task_on_round() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM done_task WHERE process_instance_id = OLD.process_instance_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM done_task_fill(k.id_, k.assignee_, k.proc_inst_id_, k.task_def_key_, k.due_date_, k.start_time_,
                               k.end_time_)
           FROM act_hi_taskinst k
          WHERE k.proc_inst_id_ = NEW.process_instance_id AND k.assignee_ IS NOT NULL
            AND k.end_time_ IS NOT NULL AND k.delete_reason_ = 'completed';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER done_task_round
    AFTER INSERT OR DELETE ON workflow_round
    FOR EACH ROW EXECUTE FUNCTION done_task_on_round();

CREATE TRIGGER done_task_round_update
    AFTER UPDATE OF process_instance_id, table_id ON workflow_round
    FOR EACH ROW
    WHEN (OLD.process_instance_id IS DISTINCT FROM NEW.process_instance_id OR OLD.table_id IS DISTINCT FROM NEW.table_id)
    EXECUTE FUNCTION done_task_on_round();

-- a table's sorted and filtered columns (a table with rounds cannot be deleted: workflow_round's foreign key)
CREATE FUNCTION done_task_on_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE done_task SET unit_id = NEW.unit_id, fiscal_year = NEW.fiscal_year, status = NEW.status,
                         budget = NEW.budget, project_code = NEW.project_code, project_name = NEW.project_name,
                         submitted_at = NEW.submitted_at
     WHERE table_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER done_task_table_update
    AFTER UPDATE OF unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at ON target_table
    FOR EACH ROW
    WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.fiscal_year IS DISTINCT FROM NEW.fiscal_year
          OR OLD.status IS DISTINCT FROM NEW.status OR OLD.budget IS DISTINCT FROM NEW.budget
          OR OLD.project_code IS DISTINCT FROM NEW.project_code OR OLD.project_name IS DISTINCT FROM NEW.project_name
          OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at)
    EXECUTE FUNCTION done_task_on_table();
