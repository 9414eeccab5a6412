package org.urgentaction.letter;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On today's clock the sample's deadline (27 September 2019) has long passed: the page
 * sends activists to their section office instead of offering actions. A closed case
 * shows its outcome and no actions at all.
 */
@AppTest
class ActionStatesTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void afterTheDeadlineTheNoticeReplacesTheActions() {
		String html = new Http(port).get(SampleUa.document(service).path()).body();

		assertThat(html).contains("Take action", "The deadline for this action has passed",
				"Write in Kazakh, Russian or English, or in your own language.");
		assertThat(html).doesNotContain("letter-form", "mailto:press@prokuror.kz?", "x.com/intent",
				"Download the letter");
	}

	@Test
	void aClosedCaseShowsItsOutcomeAndNoActions() {
		UaDocument doc = publishedWithFutureDeadline("92/26");
		Http http = new Http(port);
		assertThat(http.get(doc.path()).body()).contains("Take action", "letter-form", "mailto:minister@example.org?");

		service.closeCase(doc.caseId(), new Outcome(OutcomeType.RELEASED, "Released on 1 December."), "test");

		String html = http.get(doc.path()).body();
		assertThat(html).contains("Released", "Released on 1 December.");
		assertThat(html).doesNotContain("Take action", "letter-form", "mailto:minister@example.org?", "x.com/intent");
		assertThat(http
			.postJsonForBytes("/api/uas/" + doc.id() + "/letters",
					"{\"targetId\": %d}".formatted(doc.targets().get(0).id()))
			.statusCode()).isEqualTo(422);
	}

	private UaDocument publishedWithFutureDeadline(String number) {
		LocalDate today = LocalDate.now();
		UaDocument draft = service.createDraft(new UaDocument(null, null, null, DocumentKind.INITIAL, 1, number, null,
				"Kazakhstan", today, today.plusDays(30), "Journalist detained", "A journalist is detained.",
				List.of(new Person("Asel Nurlanovna", "she/her")),
				List.of(new Target(null, "Minister of Justice", "A Minister", null, List.of("Street 1", "Astana"),
						"Kazakhstan", List.of("minister@example.org"), List.of(), List.of(), List.of("@MinJustice"),
						List.of(), "Dear Minister", false)),
				null, null, List.of("Kazakh", "Russian"), null, List.of(), null, null, null, 0), "test");
		return service.publish(draft.id(), "test");
	}

}
