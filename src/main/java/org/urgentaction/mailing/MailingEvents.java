package org.urgentaction.mailing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.urgentaction.action.ActionReported;
import org.urgentaction.subscriber.Countries;
import org.urgentaction.subscriber.SubscriberConfirmed;
import org.urgentaction.subscriber.SubscriberDirectory;
import org.urgentaction.subscriber.SubscriberMailRequested;
import org.urgentaction.system.AppProperties;
import org.urgentaction.ua.UaCaseClosed;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaDocumentPublished;
import org.urgentaction.ua.UaService;

/**
 * Listens inside the transactions of other features, so that a publication and its
 * mailing (a report and its record, a subscription and its confirmation mail) commit or
 * fail together. The mailing is only planned here; a planner expands it right after.
 */
@Component
class MailingEvents {

	private final UaService documents;

	private final MailingRepository mailings;

	private final MailingDocuments mailingDocuments;

	private final OutboxRepository outbox;

	private final SubscriberDirectory directory;

	private final Countries countries;

	private final OutboxSender sender;

	private final int reminderDaysBefore;

	private final Clock clock;

	MailingEvents(UaService documents, MailingRepository mailings, MailingDocuments mailingDocuments,
			OutboxRepository outbox, SubscriberDirectory directory, Countries countries, OutboxSender sender,
			AppProperties properties, Clock clock) {
		this.documents = documents;
		this.mailings = mailings;
		this.mailingDocuments = mailingDocuments;
		this.outbox = outbox;
		this.directory = directory;
		this.countries = countries;
		this.sender = sender;
		this.reminderDaysBefore = properties.mailing().reminderDaysBefore();
		this.clock = clock;
	}

	@EventListener
	void published(UaDocumentPublished event) {
		UaDocument document = documents.get(event.documentId());
		Instant now = clock.instant();
		Optional<String> code = countries.code(document.country());
		LocalDate remindOn = (document.deadline() == null) ? null : document.deadline().minusDays(reminderDaysBefore);
		if (remindOn != null && !remindOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			remindOn = null;
		}
		mailingDocuments.record(document.id(), event.caseId(), event.kind().name(), code.orElse(null),
				code.flatMap(countries::region).orElse(null), document.deadline(), document.themes(), remindOn, now);
		mailingDocuments.cancelReminders(event.caseId(), document.id());
		mailings.plan(MailingKind.UA, "UA:" + document.id(), document.id(), event.caseId(), event.kind().name(), null,
				null, now);
	}

	@EventListener
	void closed(UaCaseClosed event) {
		mailingDocuments.cancelReminders(event.caseId(), null);
	}

	/**
	 * Remembers who reported on which document: subscribers (to skip their reminders) and
	 * reporters who asked for updates on the case (case contacts, whose consent holds
	 * only once their address confirms it).
	 */
	@EventListener
	void reported(ActionReported event) {
		if (event.email() == null || event.email().isBlank()) {
			return;
		}
		Optional<Long> subscriber = event.consentToUpdates()
				? directory.requestCaseUpdates(event.email(), event.clientKey()) : directory.idForEmail(event.email());
		subscriber.ifPresent((id) -> mailingDocuments.recordReport(id, event.documentId(), event.caseId(),
				event.consentToUpdates(), event.reportedAt()));
	}

	@EventListener
	void confirmed(SubscriberConfirmed event) {
		mailingDocuments.confirmConsent(event.subscriberId());
	}

	@EventListener
	void mailRequested(SubscriberMailRequested event) {
		outbox.enqueue(event.subscriberId(), MessageKind.of(event.mail()), clock.instant());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void afterMailRequest(SubscriberMailRequested event) {
		sender.wake();
	}

}
