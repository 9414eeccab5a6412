-- PostgreSQL evaluates every check constraint of a table on every update of a row, and
-- before that reads each one back from its stored form: with two of them that was a tenth
-- of the database's work during a mass mailing, whose one write per message is an update
-- of this table. The values are written only by the outbox code (OutboxRepository,
-- HandOverLog, Recipients, MailingDataContributor); OutboxInvariantTests checks them.
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message drop constraint outbox_message_due_check;
