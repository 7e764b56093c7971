-- The security log (安全审计日志): one append-only hash chain of security events (logins, lockouts, changes of users
-- and rights, exports, refused access, operator actions). See cn.perftarget.domain.security.SecurityLog.
CREATE TABLE security_event (
    seq            bigint       PRIMARY KEY CHECK (seq > 0),
    at             timestamptz  NOT NULL,
    type           varchar(30)  NOT NULL,
    subject        varchar(100) NOT NULL,
    object         varchar(200),
    outcome        varchar(10)  NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    client_address varchar(64),
    details        text,
    prev_hash      char(64)     NOT NULL,
    hash           char(64)     NOT NULL
);
CREATE INDEX security_event_type_idx ON security_event (type, seq DESC);
CREATE INDEX security_event_subject_idx ON security_event (subject, seq DESC);
CREATE INDEX security_event_at_idx ON security_event (at DESC);

-- the end of the chain: one row, only moving forward
CREATE TABLE security_head (
    id        integer  PRIMARY KEY CHECK (id = 1),
    last_seq  bigint   NOT NULL CHECK (last_seq >= 0),
    last_hash char(64) NOT NULL
);
INSERT INTO security_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION security_event_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'security log entries can only be appended, never changed, deleted or truncated (%)', TG_OP;
END;
$$;
CREATE TRIGGER security_event_no_update_delete
    BEFORE UPDATE OR DELETE ON security_event
    FOR EACH ROW EXECUTE FUNCTION security_event_append_only();
CREATE TRIGGER security_event_no_truncate
    BEFORE TRUNCATE ON security_event
    FOR EACH STATEMENT EXECUTE FUNCTION security_event_append_only();

CREATE FUNCTION security_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.last_seq > OLD.last_seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the head of the security log only moves forward with new entries (%)', TG_OP;
END;
$$;
CREATE TRIGGER security_head_guard
    BEFORE UPDATE OR DELETE ON security_head
    FOR EACH ROW EXECUTE FUNCTION security_head_forward_only();
CREATE TRIGGER security_head_no_truncate
    BEFORE TRUNCATE ON security_head
    FOR EACH STATEMENT EXECUTE FUNCTION security_head_forward_only();
