-- A message has a time for its next attempt only while it is queued. On PostgreSQL the claim
-- index then holds the rows where that time is set, and the status no longer appears in any
-- index: recording a message as sent changes no indexed column and can be a heap-only update
-- (no new index entries), the one write per message of a mass mailing.
alter table outbox_message alter column next_attempt_at drop not null;
update outbox_message set next_attempt_at = null where status <> 'QUEUED';
alter table outbox_message add constraint outbox_message_due_check
    check ((status = 'QUEUED' and next_attempt_at is not null) or (status <> 'QUEUED' and next_attempt_at is null));
