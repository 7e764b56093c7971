-- 绩效目标全覆盖 (coverage, issue 17) kept up to date in the transaction of each change, by triggers on
-- budget_project and target_table (so that every path counts: the import, the API, the approval service, a repair by
-- hand): the items of the three lists (coverage_item) and their counters per fiscal year and unit (coverage_count).
-- A unit belongs to one region, so the counters are per region, year and unit.
--
-- A budget project and the tables match by (fiscal year, 项目编码), whatever the region (as V18's lists did). A
-- change recomputes the items of the (year, code) it touches, under a transaction-level advisory lock of that key: two
-- transactions changing the same key one after the other see each other's committed rows (READ COMMITTED, the
-- application's isolation level), so the counters stay exact.

-- the import refuses a project without a code; a blank code would match every table without one
ALTER TABLE budget_project ADD CONSTRAINT budget_project_code_check CHECK (project_code <> '');

-- the lines of the coverage: WITHOUT_TABLE a budget project (its unit and region) no table of its code has;
-- AMOUNT_DIFFERS a table (its unit) whose 预算数 is not the amount of a budget project (its region) of its code;
-- NOT_IN_BUDGET a table (its unit) whose code no budget project has (a table without a code is never in the budget)
CREATE TABLE coverage_item (
    fiscal_year  integer     NOT NULL,
    project_code text        NOT NULL,
    kind         varchar(16) NOT NULL CHECK (kind IN ('WITHOUT_TABLE', 'AMOUNT_DIFFERS', 'NOT_IN_BUDGET')),
    unit_id      bigint      NOT NULL,
    -- the budget project's region; '' for NOT_IN_BUDGET
    region_code  varchar(32) NOT NULL,
    -- the table; 0 for WITHOUT_TABLE
    table_id     bigint      NOT NULL
);
-- the key a change recomputes (a table without a code: its own line)
CREATE INDEX coverage_item_key_idx ON coverage_item (fiscal_year, project_code, table_id);
-- the first lines of a list per unit, in order
CREATE INDEX coverage_item_list_idx ON coverage_item (fiscal_year, kind, unit_id, project_code, table_id, region_code);

-- per fiscal year and unit: the budget's projects and the lines of each list
CREATE TABLE coverage_count (
    fiscal_year    integer NOT NULL,
    unit_id        bigint  NOT NULL REFERENCES organisation (id),
    projects       bigint  NOT NULL DEFAULT 0,
    without_table  bigint  NOT NULL DEFAULT 0,
    amount_differs bigint  NOT NULL DEFAULT 0,
    not_in_budget  bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (fiscal_year, unit_id)
);

CREATE FUNCTION coverage_lock(p_year integer, p_code text) RETURNS void LANGUAGE sql AS
$$ SELECT pg_advisory_xact_lock(hashtextextended('coverage:' || p_year || ':' || p_code, 0)) $$;

-- the items of a key (p_table = 0) or of a table without a code (p_code = '', p_table its id) as they stand now,
-- replacing the previous ones; the counters follow the difference
CREATE FUNCTION coverage_refresh(p_year integer, p_code text, p_table bigint) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    WITH gone AS (
        DELETE FROM coverage_item i
         WHERE i.fiscal_year = p_year AND i.project_code = p_code AND (p_code <> '' OR i.table_id = p_table)
        RETURNING i.unit_id, i.kind)
    INSERT INTO coverage_count AS c (fiscal_year, unit_id, without_table, amount_differs, not_in_budget)
    SELECT p_year, g.unit_id, -count(*) FILTER (WHERE g.kind = 'WITHOUT_TABLE'),
           -count(*) FILTER (WHERE g.kind = 'AMOUNT_DIFFERS'), -count(*) FILTER (WHERE g.kind = 'NOT_IN_BUDGET')
      FROM gone g GROUP BY g.unit_id
    ON CONFLICT (fiscal_year, unit_id) DO UPDATE
        SET without_table = c.without_table + excluded.without_table,
            amount_differs = c.amount_differs + excluded.amount_differs,
            not_in_budget = c.not_in_budget + excluded.not_in_budget;

    WITH added AS (
        INSERT INTO coverage_item (fiscal_year, project_code, kind, unit_id, region_code, table_id)
        SELECT p_year, p_code, 'WITHOUT_TABLE', b.unit_id, b.region_code, 0
          FROM budget_project b
         WHERE p_code <> '' AND b.fiscal_year = p_year AND b.project_code = p_code
           AND NOT EXISTS (SELECT 1 FROM target_table t WHERE t.fiscal_year = p_year AND t.project_code = p_code)
        UNION ALL
        SELECT p_year, p_code, 'AMOUNT_DIFFERS', t.unit_id, b.region_code, t.id
          FROM budget_project b
          JOIN target_table t ON t.fiscal_year = b.fiscal_year AND t.project_code = b.project_code
         WHERE p_code <> '' AND b.fiscal_year = p_year AND b.project_code = p_code
           AND t.budget IS DISTINCT FROM b.amount
        UNION ALL
        SELECT p_year, p_code, 'NOT_IN_BUDGET', t.unit_id, '', t.id
          FROM target_table t
         WHERE t.fiscal_year = p_year AND t.project_code = p_code AND (p_code <> '' OR t.id = p_table)
           AND NOT EXISTS (SELECT 1 FROM budget_project b WHERE b.fiscal_year = p_year AND b.project_code = p_code)
        RETURNING unit_id, kind)
    INSERT INTO coverage_count AS c (fiscal_year, unit_id, without_table, amount_differs, not_in_budget)
    SELECT p_year, a.unit_id, count(*) FILTER (WHERE a.kind = 'WITHOUT_TABLE'),
           count(*) FILTER (WHERE a.kind = 'AMOUNT_DIFFERS'), count(*) FILTER (WHERE a.kind = 'NOT_IN_BUDGET')
      FROM added a GROUP BY a.unit_id
    ON CONFLICT (fiscal_year, unit_id) DO UPDATE
        SET without_table = c.without_table + excluded.without_table,
            amount_differs = c.amount_differs + excluded.amount_differs,
            not_in_budget = c.not_in_budget + excluded.not_in_budget;
END;
$$;

-- the keys of a change, each locked (in order, so that two changes of two keys wait rather than deadlock) and then
-- recomputed; a table without a code locks nothing (its line depends on no other row)
CREATE FUNCTION coverage_change(old_year integer, old_code text, old_table bigint,
                                new_year integer, new_code text, new_table bigint) RETURNS void LANGUAGE plpgsql AS
$$
DECLARE
    k record;
BEGIN
    FOR k IN SELECT DISTINCT y, c, CASE WHEN c = '' THEN tb ELSE 0 END AS tb
               FROM (VALUES (old_year, old_code, old_table), (new_year, new_code, new_table)) AS v (y, c, tb)
              WHERE y IS NOT NULL
              ORDER BY 1, 2, 3 LOOP
        IF k.c <> '' THEN
            PERFORM coverage_lock(k.y, k.c);
        END IF;
    END LOOP;
    FOR k IN SELECT DISTINCT y, c, CASE WHEN c = '' THEN tb ELSE 0 END AS tb
               FROM (VALUES (old_year, old_code, old_table), (new_year, new_code, new_table)) AS v (y, c, tb)
              WHERE y IS NOT NULL LOOP
        PERFORM coverage_refresh(k.y, k.c, k.tb);
    END LOOP;
END;
$$;

CREATE FUNCTION budget_project_coverage() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO coverage_count AS c (fiscal_year, unit_id, projects) VALUES (OLD.fiscal_year, OLD.unit_id, -1)
        ON CONFLICT (fiscal_year, unit_id) DO UPDATE SET projects = c.projects + excluded.projects;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO coverage_count AS c (fiscal_year, unit_id, projects) VALUES (NEW.fiscal_year, NEW.unit_id, 1)
        ON CONFLICT (fiscal_year, unit_id) DO UPDATE SET projects = c.projects + excluded.projects;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM coverage_change(NULL, NULL, NULL, NEW.fiscal_year, NEW.project_code, 0);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM coverage_change(OLD.fiscal_year, OLD.project_code, 0, NULL, NULL, NULL);
    ELSE
        PERFORM coverage_change(OLD.fiscal_year, OLD.project_code, 0, NEW.fiscal_year, NEW.project_code, 0);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER budget_project_coverage
    AFTER INSERT OR DELETE ON budget_project
    FOR EACH ROW EXECUTE FUNCTION budget_project_coverage();

CREATE TRIGGER budget_project_coverage_update
    AFTER UPDATE ON budget_project
    FOR EACH ROW
    WHEN (OLD.fiscal_year IS DISTINCT FROM NEW.fiscal_year OR OLD.project_code IS DISTINCT FROM NEW.project_code
          OR OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.amount IS DISTINCT FROM NEW.amount
          OR OLD.region_code IS DISTINCT FROM NEW.region_code)
    EXECUTE FUNCTION budget_project_coverage();

CREATE FUNCTION target_table_coverage() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM coverage_change(NULL, NULL, NULL, NEW.fiscal_year, NEW.project_code, NEW.id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM coverage_change(OLD.fiscal_year, OLD.project_code, OLD.id, NULL, NULL, NULL);
    ELSE
        PERFORM coverage_change(OLD.fiscal_year, OLD.project_code, OLD.id, NEW.fiscal_year, NEW.project_code, NEW.id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER target_table_coverage
    AFTER INSERT OR DELETE ON target_table
    FOR EACH ROW EXECUTE FUNCTION target_table_coverage();

CREATE TRIGGER target_table_coverage_update
    AFTER UPDATE OF project_code, budget, unit_id, fiscal_year ON target_table
    FOR EACH ROW
    WHEN (OLD.fiscal_year IS DISTINCT FROM NEW.fiscal_year OR OLD.project_code IS DISTINCT FROM NEW.project_code
          OR OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.budget IS DISTINCT FROM NEW.budget)
    EXECUTE FUNCTION target_table_coverage();

-- the rows there are
INSERT INTO coverage_item (fiscal_year, project_code, kind, unit_id, region_code, table_id)
SELECT b.fiscal_year, b.project_code, 'WITHOUT_TABLE', b.unit_id, b.region_code, 0
  FROM budget_project b
 WHERE NOT EXISTS (SELECT 1 FROM target_table t WHERE t.fiscal_year = b.fiscal_year AND t.project_code = b.project_code)
UNION ALL
SELECT b.fiscal_year, b.project_code, 'AMOUNT_DIFFERS', t.unit_id, b.region_code, t.id
  FROM budget_project b
  JOIN target_table t ON t.fiscal_year = b.fiscal_year AND t.project_code = b.project_code
 WHERE t.budget IS DISTINCT FROM b.amount
UNION ALL
SELECT t.fiscal_year, t.project_code, 'NOT_IN_BUDGET', t.unit_id, '', t.id
  FROM target_table t
 WHERE NOT EXISTS (SELECT 1 FROM budget_project b
                    WHERE b.fiscal_year = t.fiscal_year AND b.project_code = t.project_code);

INSERT INTO coverage_count (fiscal_year, unit_id, projects, without_table, amount_differs, not_in_budget)
SELECT fiscal_year, unit_id, sum(projects), sum(without_table), sum(amount_differs), sum(not_in_budget)
  FROM (SELECT b.fiscal_year, b.unit_id, count(*) AS projects, 0 AS without_table, 0 AS amount_differs,
               0 AS not_in_budget
          FROM budget_project b GROUP BY 1, 2
        UNION ALL
        SELECT i.fiscal_year, i.unit_id, 0, count(*) FILTER (WHERE i.kind = 'WITHOUT_TABLE'),
               count(*) FILTER (WHERE i.kind = 'AMOUNT_DIFFERS'), count(*) FILTER (WHERE i.kind = 'NOT_IN_BUDGET')
          FROM coverage_item i GROUP BY 1, 2) parts
 GROUP BY 1, 2;
