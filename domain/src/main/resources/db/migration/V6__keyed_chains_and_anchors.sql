-- Keyed audit chains and their anchors (GB/T 22239-2019 数据完整性). From now on the entries of the tables' audit
-- chains and of the security log are hashed with HMAC-SHA256 under a key kept outside the database (format v2);
-- the entries written before keep their unkeyed SHA-256 (format v1) and are verified as they were. Adding a column
-- with a default rewrites no row and fires no trigger.
ALTER TABLE audit_entry ADD COLUMN hash_format varchar(16) NOT NULL DEFAULT 'audit-v1';
ALTER TABLE audit_entry ALTER COLUMN hash_format SET DEFAULT 'audit-v2';
ALTER TABLE security_event ADD COLUMN hash_format varchar(16) NOT NULL DEFAULT 'security-v1';
ALTER TABLE security_event ALTER COLUMN hash_format SET DEFAULT 'security-v2';

-- An anchor: a keyed digest of every chain's head and of the security log's head at one moment, each anchor chained
-- to the one before. A chain whose head moved since the previous anchor gets a row in audit_anchor_head, so the
-- latest row of a table is its head at the latest anchor: removing a table's whole history — entries and head —
-- still leaves its anchored head, and verification reports the chain as removed.
-- See cn.perftarget.domain.integrity.
CREATE TABLE audit_anchor (
    anchor_no     bigint      PRIMARY KEY CHECK (anchor_no > 0),
    at            timestamptz NOT NULL,
    -- chains (tables with a head) at the anchor, and the heads recorded with it (moved since the anchor before)
    chains        integer     NOT NULL CHECK (chains >= 0),
    changed       integer     NOT NULL CHECK (changed >= 0),
    -- the security log's end at the anchor
    security_seq  bigint      NOT NULL CHECK (security_seq >= 0),
    security_hash char(64)    NOT NULL,
    -- HMAC-SHA256 (hex) of the anchor's canonical form, which includes prev_digest (64 zeros for the first)
    prev_digest   char(64)    NOT NULL,
    digest        char(64)    NOT NULL
);

CREATE TABLE audit_anchor_head (
    anchor_no bigint   NOT NULL REFERENCES audit_anchor (anchor_no),
    -- no reference to target_table: the anchored head outlives a removed table
    table_id  bigint   NOT NULL,
    last_seq  integer  NOT NULL CHECK (last_seq > 0),
    last_hash char(64) NOT NULL,
    PRIMARY KEY (anchor_no, table_id)
);
CREATE INDEX audit_anchor_head_table_idx ON audit_anchor_head (table_id, anchor_no DESC);

CREATE TRIGGER audit_anchor_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_anchor_no_truncate
    BEFORE TRUNCATE ON audit_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_anchor_head_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_anchor_head
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_anchor_head_no_truncate
    BEFORE TRUNCATE ON audit_anchor_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
