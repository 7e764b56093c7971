-- 身份鉴别 (GB/T 22239-2019, level 3): the state of each account's sign-in — a password to change (first login, after
-- a reset), wrong passwords in a row and the lock they lead to, the second factor (TOTP). See cn.perftarget.domain.account.
ALTER TABLE app_user
    ADD COLUMN must_change_password boolean     NOT NULL DEFAULT false,
    ADD COLUMN password_changed_at  timestamptz,
    ADD COLUMN failed_logins        integer     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    ADD COLUMN locked_until         timestamptz,
    -- the TOTP secret, sealed with AES-GCM under a key kept outside the database (KeyFiles "totp"), never in clear
    ADD COLUMN totp_secret          varchar(200),
    -- the time step of the last code accepted: each code is accepted once (RFC 6238, section 5.2)
    ADD COLUMN totp_last_step       bigint;
CREATE INDEX app_user_locked ON app_user (locked_until) WHERE locked_until IS NOT NULL;
