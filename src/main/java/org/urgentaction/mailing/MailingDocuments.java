package org.urgentaction.mailing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the mailing feature keeps of published documents (for matching, digests and
 * reminders) and of reports (who acted on which case).
 */
@Repository
class MailingDocuments {

	private final JdbcClient jdbc;

	MailingDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long documentId, long caseId, String kind, String countryCode, String region, LocalDate deadline,
			List<String> themes, LocalDate remindOn, Instant publishedAt) {
		jdbc.sql("delete from mailing_document where document_id = :id").param("id", documentId).update();
		jdbc.sql("""
				insert into mailing_document (document_id, case_id, kind, country_code, region, deadline, published_at,
				    remind_on, reminder_state)
				values (:id, :case, :kind, :country, :region, :deadline, :published, :remindOn, :state)""")
			.param("id", documentId)
			.param("case", caseId)
			.param("kind", kind)
			.param("country", countryCode)
			.param("region", region)
			.param("deadline", deadline == null ? null : Date.valueOf(deadline))
			.param("published", Timestamp.from(publishedAt))
			.param("remindOn", remindOn == null ? null : Date.valueOf(remindOn))
			.param("state", remindOn == null ? "NONE" : "PLANNED")
			.update();
		for (String theme : themes) {
			jdbc.sql("insert into mailing_document_theme (document_id, theme) values (:id, :theme)")
				.param("id", documentId)
				.param("theme", theme)
				.update();
		}
	}

	/**
	 * A newer document or the end of the case replaces the reminders of earlier ones.
	 */
	void cancelReminders(long caseId, Long exceptDocumentId) {
		jdbc.sql("""
				update mailing_document set reminder_state = 'CANCELLED'
				where case_id = :case and reminder_state = 'PLANNED' and document_id <> :except""")
			.param("case", caseId)
			.param("except", exceptDocumentId == null ? -1L : exceptDocumentId)
			.update();
	}

	/**
	 * Reminders due on {@code today}, locked so that one node plans each; the caller
	 * marks them done in the same transaction.
	 */
	List<Due> claimDueReminders(LocalDate today) {
		return jdbc.sql("""
				select document_id, case_id, deadline from mailing_document
				where reminder_state = 'PLANNED' and remind_on <= :today order by document_id for update skip locked""")
			.param("today", Date.valueOf(today))
			.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()))
			.list();
	}

	void setReminderState(long documentId, String state) {
		jdbc.sql("update mailing_document set reminder_state = :state where document_id = :id")
			.param("state", state)
			.param("id", documentId)
			.update();
	}

	/**
	 * Documents published in {@code [from, to)} that a digest subscriber's interests
	 * match, newest first.
	 */
	List<Long> digestDocuments(long subscriberId, Instant from, Instant to) {
		return jdbc
			.sql("select d.document_id from mailing_document d join subscriber s on s.id = :subscriber "
					+ "where d.published_at >= :from and d.published_at < :to and " + Recipients.MATCHES_DOCUMENT
					+ " order by d.published_at desc")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("subscriber", subscriberId)
			.query(Long.class)
			.list();
	}

	/**
	 * Records a report; its consent to case updates is only requested until the address
	 * confirms ({@link #confirmConsent}).
	 */
	void recordReport(long subscriberId, long documentId, long caseId, boolean consent, Instant reportedAt) {
		int updated = jdbc.sql("""
				update mailing_report set consent_requested = (consent_requested or :consent)
				where subscriber_id = :subscriber and document_id = :document""")
			.param("consent", consent)
			.param("subscriber", subscriberId)
			.param("document", documentId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into mailing_report (subscriber_id, document_id, case_id, consent, consent_requested,
					    reported_at)
					values (:subscriber, :document, :case, false, :consent, :at) on conflict do nothing""")
				.param("subscriber", subscriberId)
				.param("document", documentId)
				.param("case", caseId)
				.param("consent", consent)
				.param("at", Timestamp.from(reportedAt))
				.update();
		}
	}

	/** The address confirmed: the consents it was asked for hold. */
	void confirmConsent(long subscriberId) {
		jdbc.sql("update mailing_report set consent = true where subscriber_id = :id and consent_requested "
				+ "and consent = false")
			.param("id", subscriberId)
			.update();
	}

	record Due(long documentId, long caseId, LocalDate deadline) {
	}

}
