-- 逾期提交 in the overview (overview.RoundLateSubmissions): the few late tables of a scope and year, found without
-- reading the year's other tables
CREATE INDEX target_table_late_idx ON target_table (unit_id, fiscal_year) WHERE submitted_late;
