-- Every status change of an outbox message rewrites an entry in each of its indexes, and a
-- mailing changes the status of 100,000 messages within minutes. Lookups by mailing use the
-- unique (mailing_id, subscriber_id) index, so the (mailing_id, status) one goes.
drop index outbox_message_mailing;
