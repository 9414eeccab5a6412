-- Counted, held, or refused. A report beyond what one client may add to a document's
-- public total in an hour is stored as held: not public until a coordinator approves it
-- (then counted) or voids it. Approval is the only update of a report besides erasing
-- its personal data.
alter table action_report add column held boolean not null default false;
create index action_report_held on action_report (held, id);
-- The reporter key of a report with an email is a hash of it: found for the data export
-- and for "delete my data".
create index action_report_reporter_key on action_report (reporter_key);
-- Client addresses are no longer kept with reports: only a keyed hash, in the rate limit
-- and allowance windows, for as long as they count.
alter table action_report drop column client_address;
delete from action_rate;

-- Actions and reports each client (address hash, cookie or email hash) added to the public
-- total of a document, per minute; the last hour of windows is what counts.
create table action_allowance (
    bucket varchar(100) not null,
    document_id bigint not null,
    window_start timestamp with time zone not null,
    actions bigint not null,
    reports bigint not null,
    primary key (bucket, document_id, window_start)
);
create index action_allowance_window on action_allowance (window_start);
