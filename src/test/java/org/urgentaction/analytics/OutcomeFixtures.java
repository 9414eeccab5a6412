package org.urgentaction.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Closed and open cases with known dates and outcomes, in a country of their own.
 */
final class OutcomeFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 5000));

	final String country = "Testland " + UUID.randomUUID().toString().substring(0, 8);

	final String theme = "theme-" + UUID.randomUUID().toString().substring(0, 8);

	private final UaService uas;

	OutcomeFixtures(UaService uas) {
		this.uas = uas;
	}

	/**
	 * A published first UA of {@code opened} and, with an outcome, a final one of
	 * {@code ended}.
	 */
	UaDocument closedCase(LocalDate opened, OutcomeType outcome, LocalDate ended, boolean themed) {
		String number = NEXT.incrementAndGet() + "/" + (95 + ThreadLocalRandom.current().nextInt(5));
		List<String> themes = themed ? List.of(theme) : List.of();
		UaDocument first = uas.publish(
				uas.createDraft(document(DocumentKind.INITIAL, 1, number, opened, themes, null), "test").id(), "test");
		if (outcome == null) {
			return first;
		}
		return uas.publish(uas
			.createDraft(document(DocumentKind.FINAL, 2, number, ended, themes, new Outcome(outcome, null)), "test")
			.id(), "test");
	}

	/** A case whose only document stays a draft. */
	UaDocument draftCase(LocalDate opened) {
		String number = NEXT.incrementAndGet() + "/" + (95 + ThreadLocalRandom.current().nextInt(5));
		return uas.createDraft(document(DocumentKind.INITIAL, 1, number, opened, List.of(theme), null), "test");
	}

	private UaDocument document(DocumentKind kind, int sequence, String number, LocalDate date, List<String> themes,
			Outcome outcome) {
		Target minister = new Target(null, "Minister of Justice", null, null, List.of("1 Main Street"), country,
				List.of("minister@example.org"), List.of(), List.of(), List.of(), List.of(), "Dear Minister", false);
		return new UaDocument(null, null, null, kind, sequence, number, null, country, date, null,
				"Case " + number + " " + kind, "Summary", List.of(), List.of(minister), "Dear Minister,", null,
				List.of(), null, themes, outcome, null, null, 0);
	}

}
