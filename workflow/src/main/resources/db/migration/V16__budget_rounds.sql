-- 预算编制轮次 (budget rounds, issue 14): the fiscal bureau of a region opens a round for a fiscal year with a
-- submission deadline (提交截止日) and a review deadline (审核截止日) and closes it later. Tables are submitted within
-- the open round (a late first submission is allowed but marked); after the round is closed only adjustments (调整)
-- start new reviews. See cn.perftarget.workflow.round.
CREATE TABLE budget_round (
    id                    bigserial PRIMARY KEY,
    region_code           varchar(32) NOT NULL,
    fiscal_year           integer     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2999),
    -- the last day (Beijing time) of a timely first submission
    submission_deadline   date        NOT NULL,
    -- the last day (Beijing time) of the reviews of the round
    review_deadline       date        NOT NULL,
    -- units with unsubmitted tables are reminded this many working days before the submission deadline
    reminder_working_days integer     NOT NULL DEFAULT 3 CHECK (reminder_working_days BETWEEN 1 AND 30),
    state                 varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CLOSED')),
    opened_by             varchar(64) NOT NULL,
    opened_at             timestamptz NOT NULL,
    closed_by             varchar(64),
    closed_at             timestamptz,
    CHECK (review_deadline >= submission_deadline),
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL))
);
-- at most one open round per region and year
CREATE UNIQUE INDEX budget_round_open_uq ON budget_round (region_code, fiscal_year) WHERE state = 'OPEN';
-- the round of a year: the newest of the region and year
CREATE INDEX budget_round_region_year_idx ON budget_round (region_code, fiscal_year, id DESC);

-- 提交提醒: one row per round and unit once the unit was reminded; its primary key makes the reminder fire exactly
-- once, whichever node of a cluster runs the check first (insert ... on conflict do nothing)
CREATE TABLE budget_round_reminder (
    round_id    bigint      NOT NULL REFERENCES budget_round (id),
    unit_id     bigint      NOT NULL REFERENCES organisation (id),
    reminded_at timestamptz NOT NULL,
    recipients  integer     NOT NULL,
    PRIMARY KEY (round_id, unit_id)
);

ALTER TABLE target_table
    -- the round the table was first submitted within (null: submitted before any round of its year, or never)
    ADD COLUMN budget_round_id bigint REFERENCES budget_round (id),
    -- 逾期提交: the first submission came after the round's submission deadline
    ADD COLUMN submitted_late  boolean NOT NULL DEFAULT false;
CREATE INDEX target_table_budget_round_idx ON target_table (budget_round_id) WHERE budget_round_id IS NOT NULL;

-- the reminder of a round is a notification of its own kind
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification
    ADD CONSTRAINT notification_kind_check CHECK (kind IN ('REMINDER', 'ESCALATION', 'OUTCOME', 'ROUND_REMINDER'));
