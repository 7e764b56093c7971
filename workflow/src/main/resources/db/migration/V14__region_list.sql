-- The filters of the auditor's region list (查阅) as columns of the table, kept by the workflow in the transaction of
-- each action (cn.perftarget.workflow.listing): the fiscal grade last given and the rules with a finding on the
-- current content.

ALTER TABLE target_table
    -- the fiscal reviewer's last grade (审核等级) of the table, null before the first one
    ADD COLUMN last_grade    varchar(10) CHECK (last_grade IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    -- the ids of the rules (R01 …) with at least one finding on the current content; null: not yet indexed
    ADD COLUMN finding_rules text[];

-- "has findings of rule X": finding_rules @> array['R07']
CREATE INDEX target_table_finding_rules_idx ON target_table USING gin (finding_rules);
CREATE INDEX target_table_last_grade_idx ON target_table (last_grade, id) WHERE last_grade IS NOT NULL;
-- tables not yet indexed (the start-up fills them in)
CREATE INDEX target_table_unindexed_idx ON target_table (id) WHERE finding_rules IS NULL;
