package org.urgentaction.ua;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * Creates, edits, publishes and closes Urgent Action documents and their cases. Every
 * change is written to the audit history in the same transaction.
 */
@Service
public class UaService {

	private final UaDocumentRepository documents;

	private final UaCaseRepository cases;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UaService(UaDocumentRepository documents, UaCaseRepository cases, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.documents = documents;
		this.cases = cases;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UaDocument> find(long id) {
		return documents.findById(id);
	}

	public UaDocument get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Document " + id));
	}

	@Transactional(readOnly = true)
	public Optional<UaCase> findCase(long caseId) {
		return cases.findById(caseId);
	}

	@Transactional(readOnly = true)
	public Optional<UaCase> findCaseByNumber(String uaNumber) {
		return cases.findByNumber(uaNumber);
	}

	/**
	 * All documents of a case, the newest first.
	 */
	@Transactional(readOnly = true)
	public List<UaDocument> thread(long caseId) {
		return documents.findByCase(caseId);
	}

	/**
	 * Stores a new draft. It joins the case with its UA number, or starts one; a sequence
	 * of 0 means "the next in the case".
	 */
	@Transactional
	public UaDocument createDraft(UaDocument draft, String actor) {
		UaDocument document = normalised(draft);
		long caseId = caseFor(document.uaNumber());
		if (draft.sequence() == 0) {
			document = withSequence(document, documents.nextSequence(caseId));
		}
		check(document);
		refuseTakenSequence(caseId, document.sequence(), null);
		Instant now = clock.instant();
		long id;
		try {
			id = documents.insert(caseId, document, now);
		}
		catch (DuplicateKeyException raced) {
			throw takenBy(document.sequence());
		}
		audit.record(actor, "DOCUMENT_CREATED", "ua_document", id, document.uaNumber() + " " + document.title());
		return get(id);
	}

	@Transactional
	public UaDocument update(long id, UaDocument changes, String actor) {
		UaDocument existing = get(id);
		UaDocument document = normalised(changes);
		if (changes.sequence() == 0) {
			document = withSequence(document, existing.sequence());
		}
		if (!existing.uaNumber().equals(document.uaNumber())) {
			throw new InvalidInputException(new FieldProblem("uaNumber", "validation.uaNumberFixed"));
		}
		check(document);
		refuseTakenSequence(existing.caseId(), document.sequence(), id);
		try {
			documents.update(id, document, clock.instant());
		}
		catch (DuplicateKeyException raced) {
			throw takenBy(document.sequence());
		}
		audit.record(actor, "DOCUMENT_UPDATED", "ua_document", id, document.title());
		return get(id);
	}

	/**
	 * Publishes a draft. Publishing a {@code FINAL} document closes its case with the
	 * document's outcome (or the outcome the closed case already has).
	 */
	@Transactional
	public UaDocument publish(long id, String actor) {
		UaDocument document = get(id);
		if (document.isPublished()) {
			return document;
		}
		check(document);
		Outcome outcome = null;
		if (document.kind() == DocumentKind.FINAL) {
			outcome = (document.outcome() != null) ? document.outcome()
					: cases.findById(document.caseId()).map(UaCase::outcome).orElse(null);
			if (outcome == null) {
				throw new InvalidInputException(new FieldProblem("outcome", "validation.outcomeForFinal"));
			}
		}
		Instant now = clock.instant();
		if (!documents.changeStatus(id, DocumentStatus.DRAFT, DocumentStatus.PUBLISHED, now, now)) {
			return get(id);
		}
		audit.record(actor, "DOCUMENT_PUBLISHED", "ua_document", id, document.uaNumber());
		events.publishEvent(new UaDocumentPublished(id, document.caseId(), document.kind()));
		if (outcome != null) {
			closeCase(document.caseId(), outcome, actor);
		}
		return get(id);
	}

	/**
	 * Takes a document off the public pages. Unpublishing the final document of a closed
	 * case opens the case again.
	 */
	@Transactional
	public UaDocument unpublish(long id, String actor) {
		UaDocument document = get(id);
		if (!document.isPublished()
				|| !documents.changeStatus(id, DocumentStatus.PUBLISHED, DocumentStatus.DRAFT, null, clock.instant())) {
			return get(id);
		}
		audit.record(actor, "DOCUMENT_UNPUBLISHED", "ua_document", id, document.uaNumber());
		if (document.kind() == DocumentKind.FINAL && document.status() == DocumentStatus.CLOSED) {
			cases.reopen(document.caseId());
			audit.record(actor, "CASE_REOPENED", "ua_case", document.caseId(), document.uaNumber());
		}
		return get(id);
	}

	/**
	 * Closes a case with its outcome: no more appeals for any of its documents. Closing a
	 * closed case corrects its outcome without announcing the closing again.
	 */
	@Transactional
	public void closeCase(long caseId, Outcome outcome, String actor) {
		if (outcome == null || outcome.type() == null) {
			throw new InvalidInputException(new FieldProblem("outcome", "validation.required"));
		}
		if (outcome.note() != null && outcome.note().length() > 4000) {
			throw new InvalidInputException(new FieldProblem("outcome.note", "validation.length", 4000));
		}
		UaCase uaCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
		boolean closedNow = cases.close(caseId, outcome, clock.instant());
		audit.record(actor, closedNow ? "CASE_CLOSED" : "CASE_OUTCOME_CHANGED", "ua_case", caseId, uaCase.uaNumber()
				+ ": " + outcome.type() + (outcome.note() == null ? "" : " (" + outcome.note() + ")"));
		if (closedNow) {
			events.publishEvent(new UaCaseClosed(caseId, outcome));
		}
	}

	/**
	 * A new document for the same case, prefilled from {@code previousId}: next sequence,
	 * same people and targets (without their ids), today's date.
	 */
	@Transactional(readOnly = true)
	public UaDocument nextDocumentTemplate(long previousId) {
		UaDocument previous = get(previousId);
		List<Target> targets = previous.targets().stream().map((target) -> target.withId(null)).toList();
		return new UaDocument(null, previous.caseId(), DocumentStatus.DRAFT, DocumentKind.FOLLOW_UP,
				documents.nextSequence(previous.caseId()), previous.uaNumber(), null, previous.country(),
				java.time.LocalDate.now(clock), null, previous.title(), previous.summary(), previous.persons(), targets,
				previous.letter(), previous.additionalInformation(), previous.preferredLanguages(), null,
				previous.themes(), null, null, null, 0);
	}

	private long caseFor(String uaNumber) {
		if (!UaNumber.isValid(uaNumber)) {
			throw new InvalidInputException(new FieldProblem("uaNumber",
					(uaNumber == null || uaNumber.isBlank()) ? "validation.required" : "validation.uaNumber"));
		}
		Optional<UaCase> existing = cases.findByNumber(uaNumber);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		try {
			return cases.insert(uaNumber, clock.instant());
		}
		catch (DuplicateKeyException raced) {
			return cases.findByNumber(uaNumber).orElseThrow().id();
		}
	}

	/**
	 * The document of the case, other than {@code exceptId}, at {@code sequence}.
	 */
	@Transactional(readOnly = true)
	public Optional<UaDocument> atSequence(long caseId, int sequence, Long exceptId) {
		return documents.findByCase(caseId)
			.stream()
			.filter((d) -> d.sequence() == sequence && !d.id().equals(exceptId))
			.findFirst();
	}

	private void refuseTakenSequence(long caseId, int sequence, Long exceptId) {
		Optional<UaDocument> holder = atSequence(caseId, sequence, exceptId);
		if (holder.isPresent()) {
			throw new SequenceTakenException(sequence, holder.get().id(), !holder.get().isPublished());
		}
	}

	/**
	 * Another request took the place between the check and the write; the failed
	 * statement has ended the transaction (PostgreSQL), so the holder is not looked up.
	 */
	private static RuntimeException takenBy(int sequence) {
		return new SequenceTakenException(sequence, 0, false);
	}

	private static void check(UaDocument document) {
		List<FieldProblem> problems = DocumentRules.check(document);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static UaDocument normalised(UaDocument d) {
		String uaNumber = UaNumber.normalise(d.uaNumber()).orElse(d.uaNumber());
		String aiIndex = AiIndex.normalise(d.aiIndex()).orElse(d.aiIndex());
		List<String> themes = d.themes().stream().map((theme) -> theme.strip().toLowerCase()).distinct().toList();
		return new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), d.sequence(), uaNumber, aiIndex, d.country(),
				d.issueDate(), d.deadline(), d.title(), d.summary(), d.persons(), d.targets(), d.letter(),
				d.additionalInformation(), d.preferredLanguages(), d.previousUaLink(), themes, d.outcome(),
				d.publishedAt(), d.updatedAt(), d.version());
	}

	private static UaDocument withSequence(UaDocument d, int sequence) {
		return new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), sequence, d.uaNumber(), d.aiIndex(),
				d.country(), d.issueDate(), d.deadline(), d.title(), d.summary(), d.persons(), d.targets(), d.letter(),
				d.additionalInformation(), d.preferredLanguages(), d.previousUaLink(), d.themes(), d.outcome(),
				d.publishedAt(), d.updatedAt(), d.version());
	}

}
