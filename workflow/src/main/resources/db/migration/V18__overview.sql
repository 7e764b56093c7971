-- 总览 (overview, issue 17): the figures of a round per region and fiscal year, kept up to date in the transaction of
-- each change of a table by triggers (so that every path counts: the approval service, bulk loads, a repair by hand),
-- and the budget's project list of a round for 绩效目标全覆盖 (coverage).

-- whether the table needed a return in its life (主管部门退回, or 中 by the fiscal review): kept by the workflow
-- (cn.perftarget.workflow.overview.OverviewObserver) in the action's transaction
ALTER TABLE target_table
    ADD COLUMN returned     boolean     NOT NULL DEFAULT false,
    -- since when the table stands at its status (its step): the waiting time of an open review
    ADD COLUMN status_since timestamptz NOT NULL DEFAULT now();

UPDATE target_table t
   SET returned = true
 WHERE EXISTS (SELECT 1 FROM audit_entry a
                WHERE a.table_id = t.id
                  AND (a.action = 'RETURN' OR (a.action = 'GRADE' AND a.to_state = 'DRAFTING')));

UPDATE target_table t
   SET status_since = coalesce((SELECT max(a.at) FROM audit_entry a
                                 WHERE a.table_id = t.id AND a.to_state IS NOT NULL), t.updated_at);

CREATE FUNCTION target_table_status_since() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status OR NEW.adjusting IS DISTINCT FROM OLD.adjusting THEN
        NEW.status_since := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER target_table_status_since
    BEFORE UPDATE OF status, adjusting ON target_table
    FOR EACH ROW EXECUTE FUNCTION target_table_status_since();

-- the open reviews of a year by step, oldest first: the median and slowest waiting time
CREATE INDEX target_table_waiting_idx ON target_table (fiscal_year, status, status_since) INCLUDE (unit_id)
    WHERE status IN ('DEPT_REVIEW', 'FISCAL_REVIEW', 'UNIT_CONFIRM');

-- The counters: tables and 预算数 per unit, fiscal year, overview state (the status; ADJUSTING for 调整中, an
-- approved table reopened by its unit, at whatever step the adjustment stands), last grade ('' before any) and
-- returned. A few rows per unit and year, whatever the number of tables.
CREATE TABLE overview_count (
    fiscal_year integer       NOT NULL,
    unit_id     bigint        NOT NULL REFERENCES organisation (id),
    state       varchar(20)   NOT NULL,
    grade       varchar(10)   NOT NULL,
    returned    boolean       NOT NULL,
    tables      bigint        NOT NULL,
    budget      numeric(20, 2) NOT NULL,
    PRIMARY KEY (fiscal_year, unit_id, state, grade, returned)
);

-- tables with at least one finding of a rule, per unit and fiscal year
CREATE TABLE overview_rule_count (
    fiscal_year integer     NOT NULL,
    unit_id     bigint      NOT NULL REFERENCES organisation (id),
    rule_id     varchar(16) NOT NULL,
    tables      bigint      NOT NULL,
    PRIMARY KEY (fiscal_year, unit_id, rule_id)
);

-- the open reviews per fiscal year, step, department and day (UTC) they reached the step: the median and the slowest
-- waiting time are found in this histogram (a few hundred rows per year and step) and then read exactly from the
-- tables of that one day (target_table_waiting_idx)
CREATE TABLE overview_wait (
    fiscal_year   integer     NOT NULL,
    status        varchar(20) NOT NULL,
    department_id bigint      NOT NULL REFERENCES organisation (id),
    day           date        NOT NULL,
    tables        bigint      NOT NULL,
    PRIMARY KEY (fiscal_year, status, department_id, day)
);

CREATE FUNCTION overview_wait_add(p_year integer, p_status varchar, p_unit bigint, p_since timestamptz,
                                  p_sign integer) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    IF p_status IN ('DEPT_REVIEW', 'FISCAL_REVIEW', 'UNIT_CONFIRM') THEN
        INSERT INTO overview_wait AS w (fiscal_year, status, department_id, day, tables)
        SELECT p_year, p_status, o.parent_id, (p_since AT TIME ZONE 'UTC')::date, p_sign
          FROM organisation o WHERE o.id = p_unit AND o.parent_id IS NOT NULL
        ON CONFLICT (fiscal_year, status, department_id, day) DO UPDATE SET tables = w.tables + excluded.tables;
    END IF;
END;
$$;

CREATE FUNCTION overview_state(status varchar, adjusting boolean) RETURNS varchar LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN adjusting THEN 'ADJUSTING' ELSE status END $$;

CREATE FUNCTION overview_count_add(p_year integer, p_unit bigint, p_state varchar, p_grade varchar,
                                   p_returned boolean, p_budget numeric, p_rules text[], p_sign integer)
    RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO overview_count AS c (fiscal_year, unit_id, state, grade, returned, tables, budget)
    VALUES (p_year, p_unit, p_state, coalesce(p_grade, ''), p_returned, p_sign, p_sign * coalesce(p_budget, 0))
    ON CONFLICT (fiscal_year, unit_id, state, grade, returned)
        DO UPDATE SET tables = c.tables + excluded.tables, budget = c.budget + excluded.budget;
    IF p_rules IS NOT NULL AND cardinality(p_rules) > 0 THEN
        INSERT INTO overview_rule_count AS r (fiscal_year, unit_id, rule_id, tables)
        SELECT p_year, p_unit, rule, p_sign FROM (SELECT DISTINCT unnest(p_rules) AS rule) rules
        ON CONFLICT (fiscal_year, unit_id, rule_id) DO UPDATE SET tables = r.tables + excluded.tables;
    END IF;
END;
$$;

CREATE FUNCTION target_table_overview_count() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.unit_id = OLD.unit_id AND NEW.fiscal_year = OLD.fiscal_year AND NEW.status = OLD.status
           AND NEW.adjusting = OLD.adjusting AND NEW.last_grade IS NOT DISTINCT FROM OLD.last_grade
           AND NEW.returned = OLD.returned AND NEW.budget IS NOT DISTINCT FROM OLD.budget
           AND NEW.finding_rules IS NOT DISTINCT FROM OLD.finding_rules
           AND NEW.status_since = OLD.status_since THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM overview_count_add(OLD.fiscal_year, OLD.unit_id, overview_state(OLD.status, OLD.adjusting),
                                   OLD.last_grade, OLD.returned, OLD.budget, OLD.finding_rules, -1);
        PERFORM overview_wait_add(OLD.fiscal_year, OLD.status, OLD.unit_id, OLD.status_since, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM overview_count_add(NEW.fiscal_year, NEW.unit_id, overview_state(NEW.status, NEW.adjusting),
                                   NEW.last_grade, NEW.returned, NEW.budget, NEW.finding_rules, 1);
        PERFORM overview_wait_add(NEW.fiscal_year, NEW.status, NEW.unit_id, NEW.status_since, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER target_table_overview_count
    AFTER INSERT OR DELETE OR UPDATE OF unit_id, fiscal_year, status, adjusting, last_grade, returned, budget,
        finding_rules, status_since ON target_table
    FOR EACH ROW EXECUTE FUNCTION target_table_overview_count();

INSERT INTO overview_count (fiscal_year, unit_id, state, grade, returned, tables, budget)
SELECT fiscal_year, unit_id, overview_state(status, adjusting), coalesce(last_grade, ''), returned, count(*),
       coalesce(sum(budget), 0)
  FROM target_table
 GROUP BY 1, 2, 3, 4, 5;

INSERT INTO overview_wait (fiscal_year, status, department_id, day, tables)
SELECT t.fiscal_year, t.status, o.parent_id, (t.status_since AT TIME ZONE 'UTC')::date, count(*)
  FROM target_table t JOIN organisation o ON o.id = t.unit_id
 WHERE t.status IN ('DEPT_REVIEW', 'FISCAL_REVIEW', 'UNIT_CONFIRM') AND o.parent_id IS NOT NULL
 GROUP BY 1, 2, 3, 4;

-- a unit moved to another department takes its open reviews' waiting times along
CREATE FUNCTION organisation_overview_wait_move() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO overview_wait AS w (fiscal_year, status, department_id, day, tables)
    SELECT t.fiscal_year, t.status, d.department_id, (t.status_since AT TIME ZONE 'UTC')::date, d.sign * count(*)
      FROM target_table t,
           (VALUES (OLD.parent_id, -1), (NEW.parent_id, 1)) AS d (department_id, sign)
     WHERE t.unit_id = NEW.id AND t.status IN ('DEPT_REVIEW', 'FISCAL_REVIEW', 'UNIT_CONFIRM')
       AND d.department_id IS NOT NULL
     GROUP BY 1, 2, 3, 4, d.sign
    ON CONFLICT (fiscal_year, status, department_id, day) DO UPDATE SET tables = w.tables + excluded.tables;
    RETURN NULL;
END;
$$;

CREATE TRIGGER organisation_overview_wait_move
    AFTER UPDATE OF parent_id ON organisation
    FOR EACH ROW WHEN (NEW.kind = 'UNIT' AND OLD.parent_id IS DISTINCT FROM NEW.parent_id)
    EXECUTE FUNCTION organisation_overview_wait_move();

INSERT INTO overview_rule_count (fiscal_year, unit_id, rule_id, tables)
SELECT fiscal_year, unit_id, rule, count(*)
  FROM target_table, LATERAL (SELECT DISTINCT unnest(finding_rules) AS rule) rules
 GROUP BY 1, 2, 3;

-- 绩效目标全覆盖: the projects of a round's budget (the 一体化 project library), per region and fiscal year, as the
-- fiscal bureau imported them last (an import replaces the list of the units it names)
CREATE TABLE budget_project (
    region_code  varchar(32)    NOT NULL,
    fiscal_year  integer        NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2999),
    project_code text           NOT NULL,
    project_name text           NOT NULL,
    unit_id      bigint         NOT NULL REFERENCES organisation (id),
    -- 万元, as 预算数 of a table
    amount       numeric(14, 2) NOT NULL,
    imported_by  varchar(64)    NOT NULL,
    imported_at  timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, fiscal_year, project_code)
);
CREATE INDEX budget_project_unit_idx ON budget_project (fiscal_year, unit_id);
CREATE INDEX budget_project_code_idx ON budget_project (fiscal_year, project_code);

-- 催办 (urge): a drafter urges an overdue review of a table at most once a day; reviewers urge units
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
-- a unit's 催办 is about no single table (the unit may have none yet)
ALTER TABLE notification ALTER COLUMN table_id DROP NOT NULL;
ALTER TABLE notification
    ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('REMINDER', 'ESCALATION', 'OUTCOME', 'ROUND_REMINDER', 'URGE_UNIT', 'URGE_REVIEW'));

CREATE TABLE urge (
    id         bigserial PRIMARY KEY,
    kind       varchar(20) NOT NULL CHECK (kind IN ('URGE_UNIT', 'URGE_REVIEW')),
    urged_by   varchar(64) NOT NULL,
    table_id   bigint REFERENCES target_table (id),
    unit_id    bigint REFERENCES organisation (id),
    -- the day (Beijing time) of the urge: a table's review is urged once a day
    day        date        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX urge_review_daily_uq ON urge (table_id, day) WHERE kind = 'URGE_REVIEW';
CREATE INDEX urge_unit_idx ON urge (unit_id, created_at);
