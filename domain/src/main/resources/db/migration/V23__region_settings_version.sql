-- A counter per region, raised in the transaction of every change of its rule settings or framework choices: every
-- node of a cluster compares it with the version its cached validator was built from (RegionValidators), so a change
-- made on one node applies on all of them within seconds, without a restart.
CREATE TABLE region_settings_version (
    region_code varchar(32) PRIMARY KEY,
    version     bigint      NOT NULL
);
