-- 部门整体绩效目标: a department's part of its budget's performance information per fiscal year (总体绩效目标,
-- 分项绩效目标 with their indicators, 保障措施), as a jsonb document, with an optimistic version; and the append-only
-- history of every change to it (who, when, how, the content before and after).
-- No reference to the workflow's tables: a database with V10+ applies this migration out of order.

CREATE TABLE department_targets (
    department_id bigint       NOT NULL REFERENCES organisation (id),
    fiscal_year   integer      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2999),
    content       jsonb        NOT NULL,
    -- 1 after the first save, one more per change
    version       integer      NOT NULL CHECK (version > 0),
    updated_by    varchar(100) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    PRIMARY KEY (department_id, fiscal_year)
);

CREATE TABLE department_targets_change (
    id            bigserial    PRIMARY KEY,
    department_id bigint       NOT NULL REFERENCES organisation (id),
    fiscal_year   integer      NOT NULL,
    -- the version the change produced
    version       integer      NOT NULL CHECK (version > 0),
    changed_by    varchar(100) NOT NULL,
    changed_at    timestamptz  NOT NULL,
    -- EDIT (typed on the screen) or IMPORT (read from a pasted text or an Office file)
    source        varchar(10)  NOT NULL CHECK (source IN ('EDIT', 'IMPORT')),
    -- null for the first version
    old_content   jsonb,
    new_content   jsonb        NOT NULL,
    CONSTRAINT department_targets_change_version_uq UNIQUE (department_id, fiscal_year, version)
);

CREATE FUNCTION department_targets_change_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '部门整体绩效目标的修改记录只能追加，不得修改、删除或清空（%）', TG_OP;
END;
$$;

CREATE TRIGGER department_targets_change_no_update_delete
    BEFORE UPDATE OR DELETE ON department_targets_change
    FOR EACH ROW EXECUTE FUNCTION department_targets_change_append_only();
CREATE TRIGGER department_targets_change_no_truncate
    BEFORE TRUNCATE ON department_targets_change
    FOR EACH STATEMENT EXECUTE FUNCTION department_targets_change_append_only();
