-- Organisation: fiscal bureaus (财政局) and their review sections (科室), departments (部门), units (单位).
create table organisation (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(200) not null,
    kind        varchar(16)  not null check (kind in ('BUREAU', 'SECTION', 'DEPARTMENT', 'UNIT')),
    parent_id   bigint references organisation (id),
    region_code varchar(32)  not null
);
create index organisation_parent on organisation (parent_id);
create index organisation_region on organisation (region_code, kind);

-- A fiscal section reviews the tables of the departments it is responsible for (the DMN routes the same way).
create table section_department (
    section_id    bigint not null references organisation (id),
    department_id bigint not null references organisation (id),
    primary key (section_id, department_id)
);

create table app_user (
    id              bigserial primary key,
    username        varchar(64)  not null unique,
    display_name    varchar(100) not null,
    password_hash   varchar(100) not null,
    organisation_id bigint       not null references organisation (id),
    is_lead         boolean      not null default false,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now()
);
create index app_user_org on app_user (organisation_id);

create table user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(32) not null check (role in ('DRAFTER', 'DEPT_REVIEWER', 'FISCAL_REVIEWER', 'AUDITOR', 'ADMIN')),
    primary key (user_id, role)
);
