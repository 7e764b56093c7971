-- 待认领 (tasks waiting for a claim) by candidate group, kept by triggers on Camunda's ACT_RU_TASK and
-- ACT_RU_IDENTITYLINK: a row per unassigned task and candidate group, with what the inbox sorts and joins by. Camunda
-- has no index that gives a group's open tasks in due-date order; without this table the inbox fetched every task
-- of the group from ACT_RU_TASK (one wide row each) before it could sort. The triggers themselves are created once
-- Camunda's tables exist (ClaimableTaskTriggers), after this migration; these functions only name the tables.
CREATE TABLE claimable_task (
    task_id             varchar(64)  NOT NULL,
    group_id            varchar(255) NOT NULL,
    process_instance_id varchar(64),
    task_key            varchar(255),
    due_date            timestamp,
    created             timestamp,
    PRIMARY KEY (task_id, group_id)
);
CREATE INDEX claimable_task_group_due_idx ON claimable_task (group_id, due_date, task_id)
    INCLUDE (process_instance_id, task_key, created);

-- the rows of one task, from its candidate links, when it is unassigned (scalar arguments: ACT_RU_TASK's row type
-- does not exist yet when this runs on an empty database)
CREATE FUNCTION claimable_task_fill(p_task_id varchar, p_assignee varchar, p_process_instance_id varchar,
                                    p_task_key varchar, p_due_date timestamp, p_created timestamp) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_assignee IS NULL THEN
        INSERT INTO claimable_task (task_id, group_id, process_instance_id, task_key, due_date, created)
        SELECT l.task_id_, l.group_id_, p_process_instance_id, p_task_key, p_due_date, p_created
          FROM act_ru_identitylink l
         WHERE l.task_id_ = p_task_id AND l.type_ = 'candidate' AND l.group_id_ IS NOT NULL
        ON CONFLICT ON CONSTRAINT claimable_task_pkey DO NOTHING;
    END IF;
END $$;

CREATE FUNCTION claimable_task_on_task() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM claimable_task_fill(NEW.id_, NEW.assignee_, NEW.proc_inst_id_, NEW.task_def_key_, NEW.due_date_,
                                  NEW.create_time_);
    ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM claimable_task WHERE task_id = OLD.id_;
    ELSIF NEW.assignee_ IS NOT NULL THEN
        -- claimed or assigned
        DELETE FROM claimable_task WHERE task_id = NEW.id_;
    ELSIF OLD.assignee_ IS NOT NULL THEN
        -- given back (unclaimed)
        PERFORM claimable_task_fill(NEW.id_, NEW.assignee_, NEW.proc_inst_id_, NEW.task_def_key_, NEW.due_date_,
                                  NEW.create_time_);
    ELSE
        UPDATE claimable_task SET due_date = NEW.due_date_, task_key = NEW.task_def_key_,
                                  process_instance_id = NEW.proc_inst_id_
         WHERE task_id = NEW.id_;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION claimable_task_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.type_ = 'candidate' AND NEW.group_id_ IS NOT NULL AND NEW.task_id_ IS NOT NULL THEN
            INSERT INTO claimable_task (task_id, group_id, process_instance_id, task_key, due_date, created)
            SELECT k.id_, NEW.group_id_, k.proc_inst_id_, k.task_def_key_, k.due_date_, k.create_time_
              FROM act_ru_task k
             WHERE k.id_ = NEW.task_id_ AND k.assignee_ IS NULL
            ON CONFLICT ON CONSTRAINT claimable_task_pkey DO NOTHING;
        END IF;
    ELSIF OLD.type_ = 'candidate' AND OLD.group_id_ IS NOT NULL AND OLD.task_id_ IS NOT NULL
        -- the same group may be linked twice; the row goes with the last link
        AND NOT EXISTS (SELECT 1 FROM act_ru_identitylink l
                         WHERE l.task_id_ = OLD.task_id_ AND l.group_id_ = OLD.group_id_ AND l.type_ = 'candidate') THEN
        DELETE FROM claimable_task WHERE task_id = OLD.task_id_ AND group_id = OLD.group_id_;
    END IF;
    RETURN NULL;
END $$;
