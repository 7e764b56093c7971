-- 项目支出绩效目标表: the current state of each table, its frozen revisions, and the append-only audit history.

CREATE TABLE target_table (
    id                   bigserial PRIMARY KEY,
    unit_id              bigint      NOT NULL REFERENCES organisation (id),
    fiscal_year          integer     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2999),
    -- copied from content for queries; '' when the table has no 项目编码 (yet)
    project_code         text        NOT NULL DEFAULT '',
    project_name         text        NOT NULL DEFAULT '',
    -- 预算数 in 万元; null when the cell is blank or unreadable
    budget               numeric(14, 2),
    status               varchar(20) NOT NULL CHECK (status IN
                             ('DRAFTING', 'DEPT_REVIEW', 'FISCAL_REVIEW', 'UNIT_CONFIRM', 'APPROVED', 'REJECTED')),
    -- 调整: an approved table reopened by its unit; the approved revision stays in force meanwhile
    adjusting            boolean     NOT NULL DEFAULT false,
    content              jsonb       NOT NULL,
    approved_revision_id bigint,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    submitted_at         timestamptz,
    version              integer     NOT NULL DEFAULT 0
);

-- 项目编码 is unique per fiscal year; tables without a code (blank) are not constrained
CREATE UNIQUE INDEX target_table_year_code_uq ON target_table (fiscal_year, project_code) WHERE project_code <> '';
CREATE INDEX target_table_unit_status_idx ON target_table (unit_id, status);
CREATE INDEX target_table_year_idx ON target_table (fiscal_year);

CREATE TABLE table_revision (
    id          bigserial PRIMARY KEY,
    table_id    bigint       NOT NULL REFERENCES target_table (id),
    revision_no integer      NOT NULL CHECK (revision_no > 0),
    kind        varchar(20)  NOT NULL CHECK (kind IN ('DRAFT', 'APPROVED', 'EXECUTION', 'ADJUSTMENT')),
    snapshot    jsonb        NOT NULL,
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT table_revision_no_uq UNIQUE (table_id, revision_no),
    -- lets other tables require that a revision belongs to the same table
    CONSTRAINT table_revision_id_table_uq UNIQUE (id, table_id)
);

-- the 批复 version in force must be a revision of the same table
ALTER TABLE target_table
    ADD CONSTRAINT target_table_approved_revision_fk
        FOREIGN KEY (approved_revision_id, id) REFERENCES table_revision (id, table_id);

CREATE FUNCTION table_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '绩效目标表的版本快照一经冻结不可修改或删除（%）', TG_OP;
END;
$$;

CREATE TRIGGER table_revision_no_update_delete
    BEFORE UPDATE OR DELETE ON table_revision
    FOR EACH ROW EXECUTE FUNCTION table_revision_immutable();
CREATE TRIGGER table_revision_no_truncate
    BEFORE TRUNCATE ON table_revision
    FOR EACH STATEMENT EXECUTE FUNCTION table_revision_immutable();

CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    table_id    bigint       NOT NULL REFERENCES target_table (id),
    seq         integer      NOT NULL CHECK (seq > 0),
    actor       varchar(100) NOT NULL,
    actor_role  varchar(40)  NOT NULL,
    at          timestamptz  NOT NULL,
    action      varchar(20)  NOT NULL,
    from_state  varchar(20),
    to_state    varchar(20),
    comment     text,
    revision_id bigint,
    -- SHA-256 (hex) of the previous entry of the same table; 64 zeros for the first
    prev_hash   char(64)     NOT NULL,
    -- SHA-256 (hex) over the canonical form of this entry's fields and prev_hash
    hash        char(64)     NOT NULL,
    CONSTRAINT audit_entry_seq_uq UNIQUE (table_id, seq),
    CONSTRAINT audit_entry_revision_fk FOREIGN KEY (revision_id, table_id) REFERENCES table_revision (id, table_id)
);
CREATE INDEX audit_entry_revision_idx ON audit_entry (revision_id);

-- The last seq and hash of each table's history: lets verification notice entries removed from the end.
CREATE TABLE audit_head (
    table_id  bigint   PRIMARY KEY REFERENCES target_table (id),
    last_seq  integer  NOT NULL CHECK (last_seq > 0),
    last_hash char(64) NOT NULL
);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '审计记录只能追加，不得修改、删除或清空（%）', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- the head only moves forward
CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.table_id = OLD.table_id AND NEW.last_seq > OLD.last_seq THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '审计链头只能随新记录前移，不得回退、删除或清空（%）', TG_OP;
END;
$$;

CREATE TRIGGER audit_head_guard
    BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
CREATE TRIGGER audit_head_no_truncate
    BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_head_forward_only();
