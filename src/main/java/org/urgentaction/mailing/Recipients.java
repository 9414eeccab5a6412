package org.urgentaction.mailing;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Expands a mailing into one outbox message per recipient, in one statement each, so that
 * 100,000 subscribers take one round trip. Reads the subscriber feature's tables
 * {@code subscriber} and {@code subscriber_interest} (its published read model); the
 * unique key (mailing, subscriber) makes every recipient appear once.
 */
@Repository
class Recipients {

	/** Subscriber {@code s} wants document {@code d} (a row of mailing_document). */
	static final String MATCHES_DOCUMENT = """
			(s.everything or exists (select 1 from subscriber_interest i where i.subscriber_id = s.id and (
			    (i.kind = 'COUNTRY' and i.interest = d.country_code) or (i.kind = 'REGION' and i.interest = d.region)
			    or (i.kind = 'THEME' and i.interest in
			        (select t.theme from mailing_document_theme t where t.document_id = d.document_id)))))""";

	private static final String INSERT = """
			insert into outbox_message (mailing_id, subscriber_id, kind, priority, status, attempts, next_attempt_at,
			    created_at)
			select :mailing, s.id, :kind, :priority, 'QUEUED', 0, :now, :now from subscriber s
			where s.status = 'ACTIVE' and s.email is not null and\s""";

	private static final String RECEIVED_CASE = """
			s.id in (select o.subscriber_id from outbox_message o join mailing m on m.id = o.mailing_id
			    where m.case_id = :case and m.kind = 'UA' and m.id <> :mailing
			    and o.status in ('QUEUED', 'SENDING', 'HANDED_OVER', 'SENT'))""";

	private static final String REPORTED_WITH_CONSENT = """
			s.id in (select r.subscriber_id from mailing_report r where r.case_id = :case and r.consent = true)""";

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new UA goes to immediate subscribers whose interests it matches; an update or the
	 * final document also to everyone who received an earlier one or reported on the case
	 * and asked for updates.
	 */
	int forDocument(long mailingId, long documentId, long caseId, boolean caseUpdate, Instant now) {
		String matching = "(s.case_only = false and s.frequency = 'IMMEDIATE' and exists (select 1 from "
				+ "mailing_document d where d.document_id = :document and " + MATCHES_DOCUMENT + "))";
		String condition = caseUpdate ? "(" + matching + " or " + RECEIVED_CASE + " or " + REPORTED_WITH_CONSENT + ")"
				: matching;
		return insert(MessageKind.UA, condition, mailingId, now).param("document", documentId)
			.param("case", caseId)
			.update();
	}

	/**
	 * Those who received the case's UA and have not reported an action on it, unless they
	 * turned reminders off.
	 */
	int forReminder(long mailingId, long caseId, Instant now) {
		String condition = "s.reminders = true and "
				+ RECEIVED_CASE.replace("and m.id <> :mailing", "").replace("'QUEUED', 'SENDING', ", "")
				+ " and not exists (select 1 from mailing_report r where r.subscriber_id = s.id and r.case_id = :case)";
		return insert(MessageKind.REMINDER, condition, mailingId, now).param("case", caseId).update();
	}

	/**
	 * Those who received a UA of the case (handed over to the mail server) and those who
	 * reported on it and asked for updates: each once.
	 */
	int forStopNotice(long mailingId, long caseId, Instant now) {
		String received = RECEIVED_CASE.replace("and m.id <> :mailing", "").replace("'QUEUED', 'SENDING', ", "");
		return insert(MessageKind.STOP, "(" + received + " or " + REPORTED_WITH_CONSENT + ")", mailingId, now)
			.param("case", caseId)
			.update();
	}

	/**
	 * Weekly subscribers with at least one document of the week that matches them.
	 */
	int forDigest(long mailingId, Instant from, Instant to, Instant now) {
		String condition = "s.case_only = false and s.frequency = 'WEEKLY' and exists (select 1 from mailing_document d "
				+ "where d.published_at >= :from and d.published_at < :to and " + MATCHES_DOCUMENT + ")";
		return insert(MessageKind.DIGEST, condition, mailingId, now).param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.update();
	}

	private JdbcClient.StatementSpec insert(MessageKind kind, String condition, long mailingId, Instant now) {
		return jdbc.sql(INSERT + condition)
			.param("mailing", mailingId)
			.param("kind", kind.name())
			.param("priority", kind.priority())
			.param("now", Timestamp.from(now));
	}

}
