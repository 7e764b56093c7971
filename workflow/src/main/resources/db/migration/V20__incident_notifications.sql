-- Failed jobs (issue 18): a job that has used up its retries becomes a Camunda incident, and every operator (运维人员)
-- gets an in-app notification of kind INCIDENT. Such a notification is about an incident, not necessarily a table:
-- table_id is the table of the round when there is one. One notification per operator and incident, however many
-- nodes see it (the unique index; the notifier inserts with ON CONFLICT DO NOTHING).
ALTER TABLE notification ALTER COLUMN table_id DROP NOT NULL;
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification
    ADD CONSTRAINT notification_kind_check CHECK (kind IN ('REMINDER', 'ESCALATION', 'OUTCOME', 'ROUND_REMINDER', 'URGE_UNIT', 'URGE_REVIEW', 'INCIDENT'));
ALTER TABLE notification ADD COLUMN incident_id varchar(64);
CREATE UNIQUE INDEX notification_incident_idx ON notification (recipient, incident_id) WHERE incident_id IS NOT NULL;
