-- Failed staff logins per account and per client address: each failure beyond the free
-- ones blocks the bucket for a growing time; old failures are forgotten.
create table login_throttle (
    bucket varchar(400) not null,
    failures int not null,
    last_failure_at timestamp with time zone not null,
    blocked_until timestamp with time zone not null,
    constraint login_throttle_pk primary key (bucket)
);

-- The second factor (TOTP, RFC 6238): the Base32 secret, and the last time step used, so
-- that a code works only once. When the password was last changed.
alter table staff_account add column totp_secret varchar(64);
alter table staff_account add column totp_last_step bigint;
alter table staff_account add column password_changed_at timestamp with time zone;

-- Secrets the application generates itself on its first start (e.g. the key that signs
-- links in mails when UA_MAILING_TOKEN_SECRET is not set), shared by every node.
create table app_secret (
    name varchar(60) not null,
    secret varchar(200) not null,
    constraint app_secret_pk primary key (name)
);

-- Requests per client in fixed windows (e.g. letter PDFs), shared by every node.
create table request_count (
    bucket varchar(200) not null,
    window_start timestamp with time zone not null,
    hits int not null,
    constraint request_count_pk primary key (bucket, window_start)
);
