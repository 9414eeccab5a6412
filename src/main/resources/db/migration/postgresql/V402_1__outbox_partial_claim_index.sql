-- On PostgreSQL the claim index holds only the queued messages: a message that is claimed,
-- sent or ended leaves it, and its later status changes do not write to it.
drop index outbox_message_claim;
create index outbox_message_claim on outbox_message (priority, id) where status = 'QUEUED';
