-- NOTE (persistence helper): the lead's original V1 was overwritten by mistake at 08:20:53; this is a
-- reconstruction from OrganisationRepository, UserRepository and DemoOrganisationLoader. Lead: please
-- replace it with your own version.
CREATE TABLE organisation (
    id          bigserial PRIMARY KEY,
    code        varchar(32)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('BUREAU', 'SECTION', 'DEPARTMENT', 'UNIT')),
    parent_id   bigint REFERENCES organisation (id),
    region_code varchar(32)
);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);

-- which departments a fiscal section (财政科室) is responsible for
CREATE TABLE section_department (
    section_id    bigint NOT NULL REFERENCES organisation (id),
    department_id bigint NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (section_id, department_id)
);

CREATE TABLE app_user (
    id              bigserial PRIMARY KEY,
    username        varchar(64)  NOT NULL UNIQUE,
    display_name    varchar(100) NOT NULL,
    password_hash   varchar(100) NOT NULL,
    organisation_id bigint       NOT NULL REFERENCES organisation (id),
    is_lead         boolean      NOT NULL DEFAULT false,
    enabled         boolean      NOT NULL DEFAULT true
);
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

CREATE TABLE user_role (
    user_id bigint      NOT NULL REFERENCES app_user (id),
    role    varchar(32) NOT NULL CHECK (role IN ('DRAFTER', 'DEPT_REVIEWER', 'FISCAL_REVIEWER', 'AUDITOR', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);
