-- 总览 counters (V18): an update of a table moves only the counter rows whose key it changes. Before, every status
-- change took the table out of and back into its line of overview_count, each rule's line of overview_rule_count and
-- its line of overview_wait (two upserts each, a dozen for a table with findings), most of them cancelling out; now a
-- status change touches the count line and the waiting-time line, a new grade the count line, new findings the rule
-- lines. Same figures, fewer rows written and locked in the action's transaction.

CREATE FUNCTION overview_rules_add(p_year integer, p_unit bigint, p_rules text[], p_sign integer)
    RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    IF p_rules IS NOT NULL AND cardinality(p_rules) > 0 THEN
        INSERT INTO overview_rule_count AS r (fiscal_year, unit_id, rule_id, tables)
        SELECT p_year, p_unit, rule, p_sign FROM (SELECT DISTINCT unnest(p_rules) AS rule) rules
        ON CONFLICT (fiscal_year, unit_id, rule_id) DO UPDATE SET tables = r.tables + excluded.tables;
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION target_table_overview_count() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    moved boolean;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        moved := NEW.unit_id <> OLD.unit_id OR NEW.fiscal_year <> OLD.fiscal_year;
        IF moved OR overview_state(NEW.status, NEW.adjusting) <> overview_state(OLD.status, OLD.adjusting)
           OR NEW.last_grade IS DISTINCT FROM OLD.last_grade OR NEW.returned <> OLD.returned
           OR NEW.budget IS DISTINCT FROM OLD.budget THEN
            -- the rules' lines are kept below (null: none here)
            PERFORM overview_count_add(OLD.fiscal_year, OLD.unit_id, overview_state(OLD.status, OLD.adjusting),
                                       OLD.last_grade, OLD.returned, OLD.budget, NULL, -1);
            PERFORM overview_count_add(NEW.fiscal_year, NEW.unit_id, overview_state(NEW.status, NEW.adjusting),
                                       NEW.last_grade, NEW.returned, NEW.budget, NULL, 1);
        END IF;
        IF moved OR NEW.finding_rules IS DISTINCT FROM OLD.finding_rules THEN
            PERFORM overview_rules_add(OLD.fiscal_year, OLD.unit_id, OLD.finding_rules, -1);
            PERFORM overview_rules_add(NEW.fiscal_year, NEW.unit_id, NEW.finding_rules, 1);
        END IF;
        IF moved OR NEW.status <> OLD.status OR NEW.status_since <> OLD.status_since THEN
            PERFORM overview_wait_add(OLD.fiscal_year, OLD.status, OLD.unit_id, OLD.status_since, -1);
            PERFORM overview_wait_add(NEW.fiscal_year, NEW.status, NEW.unit_id, NEW.status_since, 1);
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM overview_count_add(OLD.fiscal_year, OLD.unit_id, overview_state(OLD.status, OLD.adjusting),
                                   OLD.last_grade, OLD.returned, OLD.budget, OLD.finding_rules, -1);
        PERFORM overview_wait_add(OLD.fiscal_year, OLD.status, OLD.unit_id, OLD.status_since, -1);
    ELSE
        PERFORM overview_count_add(NEW.fiscal_year, NEW.unit_id, overview_state(NEW.status, NEW.adjusting),
                                   NEW.last_grade, NEW.returned, NEW.budget, NEW.finding_rules, 1);
        PERFORM overview_wait_add(NEW.fiscal_year, NEW.status, NEW.unit_id, NEW.status_since, 1);
    END IF;
    RETURN NULL;
END;
$$;
