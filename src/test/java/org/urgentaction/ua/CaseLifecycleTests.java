package org.urgentaction.ua;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.audit.AuditEvent;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.support.AppTest;
import org.urgentaction.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing, unpublishing and closing: each change happens and is announced once.
 */
@AppTest
class CaseLifecycleTests {

	@Autowired
	UaService service;

	@Autowired
	AuditLog audit;

	@Test
	void aFinalDocumentNeedsAnOutcomeAndClosesTheCaseWhenPublished() {
		String number = DocumentForms.uniqueNumber();
		UaDocument first = service.publish(service.createDraft(document(number, DocumentKind.INITIAL, null), "t").id(),
				"t");
		UaDocument last = service.createDraft(document(number, DocumentKind.FINAL, null), "t");
		assertThat(last.sequence()).isEqualTo(2);
		assertThatThrownBy(() -> service.publish(last.id(), "t")).isInstanceOfSatisfying(InvalidInputException.class,
				(e) -> assertThat(e.problems()).extracting((p) -> p.field()).containsExactly("outcome"));
		assertThat(service.get(last.id()).status()).isEqualTo(DocumentStatus.DRAFT);

		UaDocument withOutcome = service.update(last.id(),
				withOutcome(service.get(last.id()), new Outcome(OutcomeType.RELEASED, "Released on 3 May.")), "t");
		service.publish(withOutcome.id(), "t");
		assertThat(service.get(first.id()).status()).isEqualTo(DocumentStatus.CLOSED);
		assertThat(service.get(last.id()).status()).isEqualTo(DocumentStatus.CLOSED);
		assertThat(service.findCase(first.caseId()).orElseThrow().outcome())
			.isEqualTo(new Outcome(OutcomeType.RELEASED, "Released on 3 May."));

		service.unpublish(last.id(), "t");
		assertThat(service.findCase(first.caseId()).orElseThrow().closed()).isFalse();
		assertThat(service.get(first.id()).status()).isEqualTo(DocumentStatus.PUBLISHED);
		assertThat(actions("ua_case", first.caseId())).containsExactly("CASE_REOPENED", "CASE_CLOSED");
	}

	@Test
	void closingAClosedCaseCorrectsTheOutcomeWithoutClosingItAgain() {
		UaDocument document = service.publish(
				service.createDraft(document(DocumentForms.uniqueNumber(), DocumentKind.INITIAL, null), "t").id(), "t");
		service.closeCase(document.caseId(), new Outcome(OutcomeType.CHARGES_DROPPED, null), "t");
		service.closeCase(document.caseId(), new Outcome(OutcomeType.ACQUITTED, "On appeal."), "t");
		assertThat(service.findCase(document.caseId()).orElseThrow().outcome())
			.isEqualTo(new Outcome(OutcomeType.ACQUITTED, "On appeal."));
		assertThat(actions("ua_case", document.caseId())).containsExactly("CASE_OUTCOME_CHANGED", "CASE_CLOSED");
	}

	@Test
	void publishingTwiceAtOnceHappensOnce() throws Exception {
		UaDocument draft = service.createDraft(document(DocumentForms.uniqueNumber(), DocumentKind.INITIAL, null), "t");
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<UaDocument>> both = List.of(1, 2)
			.stream()
			.map((n) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return service.publish(draft.id(), "node-" + n);
			}))
			.toList();
		for (CompletableFuture<UaDocument> result : both) {
			assertThat(result.get().status()).isEqualTo(DocumentStatus.PUBLISHED);
		}
		assertThat(actions("ua_document", draft.id())).containsExactly("DOCUMENT_PUBLISHED", "DOCUMENT_CREATED");
	}

	private List<String> actions(String type, long id) {
		return audit.forSubject(type, id).stream().map(AuditEvent::action).toList();
	}

	static UaDocument document(String number, DocumentKind kind, Outcome outcome) {
		return new UaDocument(null, null, DocumentStatus.DRAFT, kind, 0, number, null, "Turkey",
				LocalDate.of(2025, 5, 1), null, "Lifecycle " + kind, "Summary", List.of(new Person("Deniz", null)),
				List.of(new Target(null, "Minister of Justice", null, null, List.of("Ankara"), "Turkey",
						List.of("minister@example.org"), List.of(), List.of(), List.of(), List.of(), null, false)),
				"Letter", null, List.of("Turkish"), null, List.of("detention"), outcome, null, null, 0);
	}

	private static UaDocument withOutcome(UaDocument d, Outcome outcome) {
		return new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), d.sequence(), d.uaNumber(), d.aiIndex(),
				d.country(), d.issueDate(), d.deadline(), d.title(), d.summary(), d.persons(), d.targets(), d.letter(),
				d.additionalInformation(), d.preferredLanguages(), d.previousUaLink(), d.themes(), outcome,
				d.publishedAt(), d.updatedAt(), d.version());
	}

}
