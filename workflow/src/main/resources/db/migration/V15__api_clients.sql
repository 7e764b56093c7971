-- API access (issue 16): the machine clients of the REST API, the tokens of clients and people, and the
-- idempotency keys of state-changing calls.

-- An API client: created by the 系统管理员 with one role and one organisation; it acts as its technical account
-- (app_user, a password nobody knows: it cannot sign in interactively), so its scope is that of a user of that role
-- in that organisation.
create table api_client (
    id          bigserial primary key,
    name        varchar(100) not null unique,
    user_id     bigint       not null unique references app_user (id),
    role        varchar(32)  not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    revoked_at  timestamptz
);

-- A bearer token: of a client (client_id set) or a person's own (client_id null); only its SHA-256 is stored.
create table api_token (
    id          bigserial primary key,
    token_hash  char(64)     not null unique,
    user_id     bigint       not null references app_user (id),
    client_id   bigint references api_client (id),
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    revoked_at  timestamptz,
    last_used_at timestamptz
);
create index api_token_user on api_token (user_id);
create index api_token_client on api_token (client_id);

-- The first answer to a state-changing POST with an Idempotency-Key, per acting user: a retry with the same key and
-- the same request gets it again and the action never runs twice. A row without status is a call still running.
create table api_idempotency (
    user_id      bigint       not null references app_user (id),
    idem_key     varchar(200) not null,
    request_hash char(64)     not null,
    status       int,
    content_type varchar(200),
    headers      text,
    body         bytea,
    created_at   timestamptz  not null default now(),
    primary key (user_id, idem_key)
);
create index api_idempotency_created on api_idempotency (created_at);
