-- The claim index holds the queued messages (those with a time for their next attempt), and
-- every page of the outbox keeps room for the new version of a row that is recorded as sent.
drop index outbox_message_claim;
create index outbox_message_claim on outbox_message (priority, id) where next_attempt_at is not null;
alter table outbox_message set (fillfactor = 80);
