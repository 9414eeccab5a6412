-- Consent only from the owner of an address. A request for an address that exists already
-- (a second subscription, or a report asking for case updates) changes nothing until the
-- address confirms it; it waits here. preferences is false for a request that only asks
-- for updates on cases reported on (the columns below are then null).
create table subscriber_pending (
    subscriber_id bigint primary key references subscriber (id) on delete cascade,
    preferences boolean not null,
    name varchar(200),
    country varchar(2),
    languages varchar(200),
    mail_language varchar(8),
    frequency varchar(10),
    reminders boolean,
    requested_at timestamp with time zone not null
);
create index subscriber_pending_requested on subscriber_pending (requested_at);

create table subscriber_pending_interest (
    subscriber_id bigint not null references subscriber_pending (subscriber_id) on delete cascade,
    kind varchar(10) not null,
    interest varchar(60) not null,
    primary key (subscriber_id, kind, interest)
);

-- Confirmation mails per client (a keyed hash of its address) and per recipient in fixed
-- windows, shared by every node; windows are deleted once they no longer matter.
create table subscriber_mail_quota (
    bucket varchar(100) not null,
    window_start timestamp with time zone not null,
    mails bigint not null,
    primary key (bucket, window_start)
);
create index subscriber_mail_quota_window on subscriber_mail_quota (window_start);

-- The random key of the hashes of client addresses, created on first use; without it a
-- stored hash cannot be turned back into an address by trying every address.
create table client_key_secret (
    id integer primary key,
    secret varchar(100) not null
);
