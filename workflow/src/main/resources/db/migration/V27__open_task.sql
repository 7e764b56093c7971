-- The open tabs of the inbox (全部待办 / 我的待办 / 待认领) by index (issue 18): open_task replaces claimable_task (V11)
-- with a row per open task and whoever it waits for — its assignee (kind 'A'), or each candidate group while it is
-- unassigned (kind 'C') — and the columns of its table the inbox sorts and filters by, so that a page, sorted and
-- filtered by any of them, is a bounded index scan of one holder's rows instead of a join of every open task of the
-- user with its table. Kept in the same transaction by triggers: on Camunda's ACT_RU_TASK and ACT_RU_IDENTITYLINK
-- (created once the engine's tables exist: OpenTaskTriggers, Flyway's afterMigrate, which also fills the table) and
-- on target_table (below). The inbox still reads the rows of a page from ACT_RU_TASK and target_table and checks
-- there that each is the user's (scope, assignee or candidate group, separation of duties).
CREATE TABLE open_task (
    task_id             varchar(64)  NOT NULL,
    -- 'A': holder is the assignee; 'C': holder is a candidate group of the unassigned task
    kind                char(1)      NOT NULL CHECK (kind IN ('A', 'C')),
    holder              varchar(255) NOT NULL,
    process_instance_id varchar(64),
    task_key            varchar(255),
    due_date            timestamp,
    created             timestamp,
    -- the table of the task's process instance (target_table.process_instance_id), null while there is none
    table_id            bigint,
    unit_id             bigint,
    fiscal_year         integer,
    status              varchar(20),
    budget              numeric(14, 2),
    project_code        text,
    project_name        text,
    submitted_at        timestamptz,
    PRIMARY KEY (task_id, kind, holder)
);
-- one index per sort of the inbox; a descending sort reads it backwards (its nulls apart, see InboxProjectionSql)
CREATE INDEX open_task_due_idx ON open_task (kind, holder, due_date, task_id);
CREATE INDEX open_task_created_idx ON open_task (kind, holder, created, task_id);
CREATE INDEX open_task_submitted_idx ON open_task (kind, holder, submitted_at, task_id);
CREATE INDEX open_task_budget_idx ON open_task (kind, holder, budget, task_id);
CREATE INDEX open_task_code_idx ON open_task (kind, holder, project_code, task_id);
CREATE INDEX open_task_name_idx ON open_task (kind, holder, project_name, task_id);
CREATE INDEX open_task_year_idx ON open_task (kind, holder, fiscal_year, task_id);
-- a table's change reaches the rows of its tasks
CREATE INDEX open_task_process_idx ON open_task (process_instance_id);

-- the rows of one task (scalar arguments: ACT_RU_TASK's row type does not exist yet when this runs on an empty
-- database), with the columns of its table if it has one
CREATE FUNCTION open_task_fill(p_task_id varchar, p_assignee varchar, p_process_instance_id varchar,
                               p_task_key varchar, p_due_date timestamp, p_created timestamp) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF p_assignee IS NOT NULL THEN
        INSERT INTO open_task (task_id, kind, holder, process_instance_id, task_key, due_date, created, table_id,
                               unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at)
        SELECT p_task_id, 'A', p_assignee, p_process_instance_id, p_task_key, p_due_date, p_created, t.id,
               t.unit_id, t.fiscal_year, t.status, t.budget, t.project_code, t.project_name, t.submitted_at
          FROM (SELECT 1) one
          LEFT JOIN target_table t ON t.process_instance_id = p_process_instance_id
        ON CONFLICT ON CONSTRAINT open_task_pkey DO NOTHING;
    ELSE
        INSERT INTO open_task (task_id, kind, holder, process_instance_id, task_key, due_date, created, table_id,
                               unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at)
        SELECT p_task_id, 'C', l.group_id_, p_process_instance_id, p_task_key, p_due_date, p_created, t.id,
               t.unit_id, t.fiscal_year, t.status, t.budget, t.project_code, t.project_name, t.submitted_at
          FROM act_ru_identitylink l
          LEFT JOIN target_table t ON t.process_instance_id = p_process_instance_id
         WHERE l.task_id_ = p_task_id AND l.type_ = 'candidate' AND l.group_id_ IS NOT NULL
        ON CONFLICT ON CONSTRAINT open_task_pkey DO NOTHING;
    END IF;
END $$;

CREATE FUNCTION open_task_on_task() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        -- claimed, given back, transferred, a new due date: the task's rows are written again
        DELETE FROM open_task WHERE task_id = OLD.id_;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM open_task_fill(NEW.id_, NEW.assignee_, NEW.proc_inst_id_, NEW.task_def_key_, NEW.due_date_,
                               NEW.create_time_);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION open_task_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.type_ = 'candidate' AND NEW.group_id_ IS NOT NULL AND NEW.task_id_ IS NOT NULL THEN
            INSERT INTO open_task (task_id, kind, holder, process_instance_id, task_key, due_date, created, table_id,
                                   unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at)
            SELECT k.id_, 'C', NEW.group_id_, k.proc_inst_id_, k.task_def_key_, k.due_date_, k.create_time_, t.id,
                   t.unit_id, t.fiscal_year, t.status, t.budget, t.project_code, t.project_name, t.submitted_at
              FROM act_ru_task k
              LEFT JOIN target_table t ON t.process_instance_id = k.proc_inst_id_
             WHERE k.id_ = NEW.task_id_ AND k.assignee_ IS NULL
            ON CONFLICT ON CONSTRAINT open_task_pkey DO NOTHING;
        END IF;
    ELSIF OLD.type_ = 'candidate' AND OLD.group_id_ IS NOT NULL AND OLD.task_id_ IS NOT NULL
        -- the same group may be linked twice; the row goes with the last link
        AND NOT EXISTS (SELECT 1 FROM act_ru_identitylink l
                         WHERE l.task_id_ = OLD.task_id_ AND l.group_id_ = OLD.group_id_ AND l.type_ = 'candidate') THEN
        DELETE FROM open_task WHERE task_id = OLD.task_id_ AND kind = 'C' AND holder = OLD.group_id_;
    END IF;
    RETURN NULL;
END $$;

-- a table's sorted and filtered columns, and the process instance that links it to its tasks
CREATE FUNCTION open_task_on_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.process_instance_id IS NOT NULL
        AND (TG_OP = 'DELETE' OR OLD.process_instance_id IS DISTINCT FROM NEW.process_instance_id) THEN
        UPDATE open_task SET table_id = NULL, unit_id = NULL, fiscal_year = NULL, status = NULL, budget = NULL,
                             project_code = NULL, project_name = NULL, submitted_at = NULL
         WHERE process_instance_id = OLD.process_instance_id AND table_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.process_instance_id IS NOT NULL THEN
        UPDATE open_task SET table_id = NEW.id, unit_id = NEW.unit_id, fiscal_year = NEW.fiscal_year,
                             status = NEW.status, budget = NEW.budget, project_code = NEW.project_code,
                             project_name = NEW.project_name, submitted_at = NEW.submitted_at
         WHERE process_instance_id = NEW.process_instance_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER open_task_table
    AFTER INSERT OR DELETE ON target_table
    FOR EACH ROW EXECUTE FUNCTION open_task_on_table();

CREATE TRIGGER open_task_table_update
    AFTER UPDATE OF process_instance_id, unit_id, fiscal_year, status, budget, project_code, project_name,
        submitted_at ON target_table
    FOR EACH ROW
    WHEN (OLD.process_instance_id IS DISTINCT FROM NEW.process_instance_id OR OLD.unit_id IS DISTINCT FROM NEW.unit_id
          OR OLD.fiscal_year IS DISTINCT FROM NEW.fiscal_year OR OLD.status IS DISTINCT FROM NEW.status
          OR OLD.budget IS DISTINCT FROM NEW.budget OR OLD.project_code IS DISTINCT FROM NEW.project_code
          OR OLD.project_name IS DISTINCT FROM NEW.project_name OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at)
    EXECUTE FUNCTION open_task_on_table();

-- claimable_task is replaced: its functions go with their triggers on Camunda's tables
DROP FUNCTION IF EXISTS claimable_task_on_task() CASCADE;
DROP FUNCTION IF EXISTS claimable_task_on_link() CASCADE;
DROP FUNCTION IF EXISTS claimable_task_fill(varchar, varchar, varchar, varchar, timestamp, timestamp);
DROP TABLE IF EXISTS claimable_task;
