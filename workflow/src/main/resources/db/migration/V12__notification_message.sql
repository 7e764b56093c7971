-- Notifications are rendered in their reader's language: the text is stored as a message key with its arguments
-- (JSON, see cn.perftarget.domain.i18n.MessageJson). The Chinese rendering stays in "message" for whoever reads the
-- table directly; rows written before V12 have only that text and are shown as written.
ALTER TABLE notification
    ADD COLUMN message_json jsonb;
