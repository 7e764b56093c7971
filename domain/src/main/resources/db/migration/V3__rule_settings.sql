-- 预审规则配置 (rules helper): per region (区划) and rule: on/off, a severity that replaces the rule's default,
-- and the values of its thresholds and keyword lists. A rule without a row uses the defaults of the spec.
CREATE TABLE rule_setting (
    region_code varchar(32)  NOT NULL,
    rule_id     varchar(8)   NOT NULL CHECK (rule_id ~ '^R[0-9]{2}$'),
    enabled     boolean      NOT NULL DEFAULT true,
    -- null: the rule's default severity
    severity    varchar(8)   CHECK (severity IN ('ERROR', 'WARNING', 'INFO')),
    -- parameter key -> a number or an array of words; keys left out keep the defaults
    parameters  jsonb        NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(parameters) = 'object'),
    updated_by  varchar(100),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, rule_id)
);

-- the grade list of qualitative 指标值 (好 / 较好 / 一般 …) of a region; no row: the default list
CREATE TABLE rule_grade_setting (
    region_code varchar(32)  PRIMARY KEY,
    grades      jsonb        NOT NULL CHECK (jsonb_typeof(grades) = 'array'),
    updated_by  varchar(100),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
