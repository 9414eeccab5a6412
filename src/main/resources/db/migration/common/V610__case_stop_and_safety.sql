-- A stop of all action on a case (issue 14): why, the public message, and when. A stopped
-- case asks for no action until the stop is undone (the columns are then null again).
alter table ua_case add column stop_reason varchar(20);
alter table ua_case add column stop_message varchar(2000);
alter table ua_case add column stopped_at timestamp with time zone;
-- Safety advice shown above the actions, and whether reports are best made anonymously
-- (the report form then asks for no address and none is stored).
alter table ua_case add column safety_advice varchar(2000);
alter table ua_case add column anonymous_reports boolean not null default false;
-- The one notice that tells those who received the case's UA that action has stopped.
alter table mailing drop constraint mailing_kind_check;
alter table mailing add constraint mailing_kind_check check (kind in ('UA', 'REMINDER', 'DIGEST', 'STOP'));
