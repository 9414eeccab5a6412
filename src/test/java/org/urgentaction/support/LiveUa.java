package org.urgentaction.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Published documents whose deadline lies ahead (the sample UA's passed in 2019): the
 * sample's text, persons and targets under a new UA number, issued today.
 */
public final class LiveUa {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400));

	private LiveUa() {
	}

	/** A UA number no other test uses, e.g. {@code 612/26}. */
	public static String uniqueNumber() {
		return (500 + NEXT.incrementAndGet() % 499) + "/" + (10 + (int) (System.nanoTime() % 80));
	}

	/** The first document of a new case, published, with 18 days left. */
	public static UaDocument publish(UaService service, String number) {
		return service.publish(service.createDraft(document(service, number, DocumentKind.INITIAL, null), "test").id(),
				"test");
	}

	/** The next document of the case of {@code number}, published. */
	public static UaDocument publishNext(UaService service, String number, DocumentKind kind, Outcome outcome) {
		return service.publish(service.createDraft(document(service, number, kind, outcome), "test").id(), "test");
	}

	static UaDocument document(UaService service, String number, DocumentKind kind, Outcome outcome) {
		UaDocument sample = SampleDocument.of(service);
		LocalDate today = LocalDate.now();
		List<Target> targets = sample.targets()
			.stream()
			.map((t) -> new Target(null, t.title(), t.name(), t.organisation(), t.addressLines(), t.country(),
					t.emails(), t.faxes(), t.phones(), t.twitter(), t.facebook(), t.salutation(), t.copy()))
			.toList();
		String title = switch (kind) {
			case INITIAL -> sample.title();
			case FOLLOW_UP -> "Human rights defender still facing bogus charges";
			case FINAL -> "Human rights defender released";
		};
		return new UaDocument(null, null, null, kind, 0, number, null, sample.country(), today, today.plusDays(18),
				title, sample.summary(), sample.persons(), targets, sample.letter(), sample.additionalInformation(),
				sample.preferredLanguages(), null, sample.themes(), outcome, null, null, 0);
	}

}
