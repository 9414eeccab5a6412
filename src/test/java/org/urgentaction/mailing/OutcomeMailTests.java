package org.urgentaction.mailing;

import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.PageForms;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail of a case's outcome thanks and tells; it asks for no action.
 */
@AppTest
class OutcomeMailTests extends MailingTestBase {

	@Test
	void theOutcomeMailDoesNotAskForAction() throws Exception {
		String email = "outcome-" + System.nanoTime() + "@example.org";
		subscribe("{\"email\":\"" + email + "\",\"country\":\"gb\",\"languages\":[\"en\"],"
				+ "\"countries\":[],\"themes\":[],\"frequency\":\"IMMEDIATE\"}");
		MimeMessage confirmation = awaitMail(email, 1);
		String confirmPage = MailTestSupport.link(confirmation, "/subscriptions/confirm/");
		PageForms.submit(http(), confirmPage, confirmPage);

		String number = "271/26";
		MailTestSupport.publish(documents, number, DocumentKind.INITIAL, "Kazakhstan", LocalDate.now().plusDays(20));
		MimeMessage first = awaitMail(email, 2);
		assertThat(MailTestSupport.part(first, "text/plain")).contains("Take action now");

		Target target = new Target(null, "Minister of Justice", "A. Minister", "Ministry of Justice",
				List.of("1 Main Street", "Capital"), "Kazakhstan", List.of("minister@justice.example"), List.of(),
				List.of(), List.of(), List.of(), "Dear Minister", false);
		UaDocument last = documents.createDraft(new UaDocument(null, null, null, DocumentKind.FINAL, 0, number, null,
				"Kazakhstan", LocalDate.now(), LocalDate.now().plusDays(20), "Journalist released",
				"The journalist was released.", List.of(), List.of(target), null, null, List.of(), null, List.of(),
				new Outcome(OutcomeType.RELEASED, "Released on 1 December."), null, null, 0), "test");
		documents.publish(last.id(), "test");
		MailTestSupport.await("the outcome mail", () -> outcomeMail(email) != null);
		MimeMessage outcome = outcomeMail(email);
		for (String type : List.of("text/plain", "text/html")) {
			assertThat(MailTestSupport.part(outcome, type)).as(type)
				.contains("Read the outcome", "Released on 1 December.")
				.doesNotContain("Take action now", "Please act before");
		}
	}

	private MimeMessage outcomeMail(String email) {
		for (MimeMessage message : received(email)) {
			if (MailTestSupport.part(message, "text/plain").contains("Released on 1 December.")) {
				return message;
			}
		}
		return null;
	}

}
