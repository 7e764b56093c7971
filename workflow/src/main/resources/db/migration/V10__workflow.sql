-- 审批流程 (workflow module): the link between target tables and their process instances, region settings of the
-- approval round, the working-day calendar of due dates, and in-app notifications.

-- the current approval round (process instance of target-approval) and the revisions it concerns
ALTER TABLE target_table
    ADD COLUMN process_instance_id   varchar(64),
    -- the revision under review: the unit's submission, or the fiscal reviewer's 良 edit
    ADD COLUMN review_revision_id    bigint,
    -- the revision the unit last submitted (a dispute of a 良 edit goes back to it)
    ADD COLUMN submitted_revision_id bigint,
    -- 调整: the reason the unit gave when it reopened the approved table
    ADD COLUMN adjustment_reason     text;

ALTER TABLE target_table
    ADD CONSTRAINT target_table_review_revision_fk
        FOREIGN KEY (review_revision_id, id) REFERENCES table_revision (id, table_id),
    ADD CONSTRAINT target_table_submitted_revision_fk
        FOREIGN KEY (submitted_revision_id, id) REFERENCES table_revision (id, table_id);

-- inbox joins: running task -> table
CREATE UNIQUE INDEX target_table_process_instance_uq ON target_table (process_instance_id)
    WHERE process_instance_id IS NOT NULL;
-- lists of a unit's tables per year, and of a region's most recently changed tables
CREATE INDEX target_table_unit_year_idx ON target_table (unit_id, fiscal_year, id);
CREATE INDEX target_table_updated_idx ON target_table (updated_at, id);

-- every approval round a table went through (adjustments start new rounds); done-task queries join
-- ACT_HI_TASKINST.PROC_INST_ID_ through it
CREATE TABLE workflow_round (
    process_instance_id varchar(64) PRIMARY KEY,
    table_id            bigint      NOT NULL REFERENCES target_table (id),
    adjustment          boolean     NOT NULL,
    started_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workflow_round_table_idx ON workflow_round (table_id);

-- per region (organisation.region_code); a region without a row uses the column defaults
CREATE TABLE workflow_region_setting (
    region_code             varchar(32) PRIMARY KEY,
    -- after a fiscal 中 the resubmission goes through the department review again
    resubmit_via_department boolean     NOT NULL DEFAULT false,
    -- working days from entering a review task to its due date (reminder)
    review_working_days     integer     NOT NULL DEFAULT 3 CHECK (review_working_days BETWEEN 1 AND 60),
    -- further working days from the due date to the escalation to the lead
    escalation_working_days integer     NOT NULL DEFAULT 2 CHECK (escalation_working_days BETWEEN 1 AND 60),
    updated_by              varchar(100),
    updated_at              timestamptz NOT NULL DEFAULT now()
);

-- exceptions to "Monday to Friday are working days": 法定节假日 on weekdays (working = false) and
-- 调休 working weekends (working = true)
CREATE TABLE work_calendar_day (
    day     date         PRIMARY KEY,
    working boolean      NOT NULL,
    name    varchar(100) NOT NULL DEFAULT ''
);

-- in-app notifications (到期提醒, 逾期上报, outcomes for the unit)
CREATE TABLE notification (
    id         bigserial PRIMARY KEY,
    recipient  varchar(64)  NOT NULL REFERENCES app_user (username),
    table_id   bigint       NOT NULL REFERENCES target_table (id),
    kind       varchar(20)  NOT NULL CHECK (kind IN ('REMINDER', 'ESCALATION', 'OUTCOME')),
    message    text         NOT NULL,
    task_id    varchar(64),
    created_at timestamptz  NOT NULL,
    read_at    timestamptz
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (recipient) WHERE read_at IS NULL;
CREATE INDEX notification_table_idx ON notification (table_id);
