package org.urgentaction.mailing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.urgentaction.ua.UaCaseResumed;
import org.urgentaction.ua.UaCaseStopped;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * When action on a case stops, in the same transaction: its mail not yet handed over
 * (mailings of its documents, reminders) is cancelled, and one notice with the
 * coordinators' message is planned for those who received a UA of the case or asked for
 * updates on it. Undoing the stop cancels a notice not yet sent; cancelled mail stays
 * cancelled.
 */
@Component
class StopNotices {

	static final String ACTOR = "case stop";

	private final JdbcClient jdbc;

	private final MailingRepository mailings;

	private final MailingDocuments mailingDocuments;

	private final UaService documents;

	private final OutboxSender sender;

	private final Clock clock;

	StopNotices(JdbcClient jdbc, MailingRepository mailings, MailingDocuments mailingDocuments, UaService documents,
			OutboxSender sender, Clock clock) {
		this.jdbc = jdbc;
		this.mailings = mailings;
		this.mailingDocuments = mailingDocuments;
		this.documents = documents;
		this.sender = sender;
		this.clock = clock;
	}

	@EventListener
	void stopped(UaCaseStopped event) {
		Instant now = clock.instant();
		mailingDocuments.cancelReminders(event.caseId(), null);
		stopMailings(event.caseId(), "('UA', 'REMINDER')", now);
		newestPublished(event.caseId()).ifPresent(
				(document) -> mailings.plan(MailingKind.STOP, "STOP:" + event.caseId() + ":" + now.toEpochMilli(),
						document.id(), event.caseId(), null, null, null, now));
	}

	@EventListener
	void resumed(UaCaseResumed event) {
		stopMailings(event.caseId(), "('STOP')", clock.instant());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void afterStop(UaCaseStopped event) {
		sender.wake();
	}

	/**
	 * Stops the case's mailings of the given kinds and cancels their messages that are
	 * still queued; a message a node holds is dropped when it checks its mailing.
	 */
	private void stopMailings(long caseId, String kinds, Instant now) {
		jdbc.sql(
				"""
						update outbox_message set status = 'CANCELLED', next_attempt_at = null
						where status = 'QUEUED' and mailing_id in (select id from mailing where case_id = :case and kind in %s)"""
					.formatted(kinds))
			.param("case", caseId)
			.update();
		jdbc.sql("""
				update mailing set status = 'STOPPED', stopped_at = :now, stopped_by = :actor
				where case_id = :case and kind in %s and status <> 'STOPPED'""".formatted(kinds))
			.param("now", Timestamp.from(now))
			.param("actor", ACTOR)
			.param("case", caseId)
			.update();
	}

	private Optional<UaDocument> newestPublished(long caseId) {
		return documents.thread(caseId)
			.stream()
			.filter(UaDocument::isPublished)
			.max(Comparator.comparingInt(UaDocument::sequence));
	}

}
