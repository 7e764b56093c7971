-- Settings of a region (区划) kept by its 系统管理员 (issue 14), beside workflow_region_setting (V10) and
-- rule_setting (V3).

-- 工作日历 of a region, per calendar year: once a region has saved a year (a row in region_calendar_year), the
-- days of that year are exactly its rows in region_calendar_day — 法定节假日 on weekdays (working = false) and 调休
-- working weekends (working = true); other years keep the common calendar (work_calendar_day, V10).
CREATE TABLE region_calendar_year (
    region_code varchar(32)  NOT NULL,
    year        integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    updated_by  varchar(100),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, year)
);

CREATE TABLE region_calendar_day (
    region_code varchar(32)  NOT NULL,
    day         date         NOT NULL,
    working     boolean      NOT NULL,
    name        varchar(100) NOT NULL DEFAULT '',
    PRIMARY KEY (region_code, day)
);

-- 指标体系 of a region per fiscal year: the framework of the catalogue (frameworks/catalog.json) its tables of that
-- year are checked against; a year without a row keeps the catalogue's choice (year rules, region overrides).
CREATE TABLE region_framework_year (
    region_code  varchar(32)  NOT NULL,
    fiscal_year  integer      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    framework_id varchar(32)  NOT NULL,
    updated_by   varchar(100),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, fiscal_year)
);
