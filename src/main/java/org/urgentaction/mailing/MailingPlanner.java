package org.urgentaction.mailing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.urgentaction.mailing.MailingRepository.Planned;

/**
 * Turns planned mailings into outbox messages, plans deadline reminders and weekly
 * digests, and returns the messages of dead nodes to the queue. Every node runs it; row
 * locks and unique keys make each step happen once.
 */
@Component
class MailingPlanner {

	private static final Logger log = LoggerFactory.getLogger(MailingPlanner.class);

	private final MailingRepository mailings;

	private final MailingDocuments mailingDocuments;

	private final Recipients recipients;

	private final OutboxRepository outbox;

	private final OutboxSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailingPlanner(MailingRepository mailings, MailingDocuments mailingDocuments, Recipients recipients,
			OutboxRepository outbox, OutboxSender sender, TransactionTemplate transactions, Clock clock) {
		this.mailings = mailings;
		this.mailingDocuments = mailingDocuments;
		this.recipients = recipients;
		this.outbox = outbox;
		this.sender = sender;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 500, initialDelay = 1000)
	void expandPlanned() {
		while (Boolean.TRUE.equals(transactions.execute((status) -> expandOne()))) {
			sender.wake();
		}
	}

	/**
	 * Expands one planned mailing in one transaction: if the node dies meanwhile, the
	 * mailing stays planned and another node takes it.
	 */
	boolean expandOne() {
		Planned planned = mailings.claimPlanned().orElse(null);
		if (planned == null) {
			return false;
		}
		Instant now = clock.instant();
		int count = switch (planned.kind()) {
			case UA -> recipients.forDocument(planned.id(), planned.documentId(), planned.caseId(),
					!"INITIAL".equals(planned.documentKind()), now);
			case REMINDER -> recipients.forReminder(planned.id(), planned.caseId(), now);
			case DIGEST -> recipients.forDigest(planned.id(), planned.periodStart(), planned.periodEnd(), now);
			case STOP -> recipients.forStopNotice(planned.id(), planned.caseId(), now);
		};
		mailings.markExpanded(planned.id(), count, now);
		log.info("Mailing {} ({}) queued for {} recipients", planned.id(), planned.kind(), count);
		return true;
	}

	@Scheduled(fixedDelayString = "${ua.mailing.reminder-check-interval:15m}", initialDelay = 5000)
	void planReminders() {
		transactions.executeWithoutResult((status) -> planDueReminders(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
	}

	void planDueReminders(LocalDate today) {
		for (MailingDocuments.Due due : mailingDocuments.claimDueReminders(today)) {
			if (due.deadline().isBefore(today)) {
				mailingDocuments.setReminderState(due.documentId(), "CANCELLED");
				continue;
			}
			mailings.plan(MailingKind.REMINDER, "REMINDER:" + due.documentId(), due.documentId(), due.caseId(), null,
					null, null, clock.instant());
			mailingDocuments.setReminderState(due.documentId(), "DONE");
		}
	}

	@Scheduled(cron = "${ua.mailing.digest-cron:0 0 8 * * MON}")
	void planDigest() {
		planDigest(clock.instant());
	}

	void planDigest(Instant end) {
		Instant start = end.minus(Duration.ofDays(7));
		String key = "DIGEST:" + LocalDate.ofInstant(end, ZoneOffset.UTC);
		transactions.executeWithoutResult(
				(status) -> mailings.plan(MailingKind.DIGEST, key, null, null, null, start, end, clock.instant()));
	}

	@Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
	void releaseExpiredLeases() {
		int released = outbox.releaseExpiredLeases(clock.instant());
		if (released > 0) {
			log.warn("{} messages of a stopped node returned to the queue", released);
			sender.wake();
		}
	}

}
