-- A report's consent to case updates counts only once the address confirmed it:
-- consent_requested records the request, consent the confirmed consent.
alter table mailing_report add column consent_requested boolean not null default false;
update mailing_report set consent_requested = consent;
update mailing_report set consent = false
where consent and subscriber_id in (select id from subscriber where confirmed_at is null);
-- Case contacts made from reports before this version never confirmed their address.
update subscriber set status = 'PENDING', updated_at = current_timestamp
where case_only and confirmed_at is null and status in ('ACTIVE', 'PAUSED');
