-- 三员分立 (GB/T 22239-2019, level 3): the one administrator becomes three — 系统管理员 (users, organisations,
-- settings), 安全管理员 (roles, password and lockout policy, unlocking), 审计管理员 (the security log and the audit
-- checks) — and the operators of the Camunda webapps get a role of their own. An existing administrator keeps the
-- system administration only.
ALTER TABLE user_role DROP CONSTRAINT user_role_role_check;
UPDATE user_role SET role = 'SYSTEM_ADMIN' WHERE role = 'ADMIN';
ALTER TABLE user_role ADD CONSTRAINT user_role_role_check CHECK (role IN ('DRAFTER', 'DEPT_REVIEWER',
    'FISCAL_REVIEWER', 'AUDITOR', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'OPERATOR'));
