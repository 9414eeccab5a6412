package org.urgentaction.mailing;

import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.subscriber.SubscriberTokens;
import org.urgentaction.support.AppTest;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent only from the owner of an address: an address given with a report receives a
 * confirmation mail and nothing else until it confirms, and a second subscription changes
 * nothing until the address confirms it.
 */
@AppTest
class ConsentTests extends MailingTestBase {

	@Autowired
	SubscriberTokens tokens;

	@Test
	void aReportWithConsentToAnUnconfirmedAddressLeadsToNoCaseMailBeforeConfirmation() {
		String email = "never-asked@example.org";
		UaDocument initial = publish("501/26", DocumentKind.INITIAL);
		assertThat(report(initial, email).statusCode()).isEqualTo(201);
		MimeMessage confirmation = awaitMail(email, 1);
		assertThat(MailTestSupport.subject(confirmation)).contains("confirm");

		publish("501/26", DocumentKind.FOLLOW_UP);
		MailTestSupport.settle();
		assertThat(received(email)).hasSize(1);
		assertThat(subscriber(email).get("status")).isEqualTo("PENDING");

		confirm(confirmation);
		assertThat(subscriber(email)).containsEntry("status", "ACTIVE").containsEntry("case_only", true);
		publish("501/26", DocumentKind.FOLLOW_UP);
		MimeMessage update = awaitMail(email, 2);
		assertThat(MailTestSupport.subject(update)).startsWith("Update on Urgent Action 501/26");
	}

	@Test
	void aConfirmedSubscriberNamedInSomeoneElsesReportGetsNoCaseMailUntilTheyConfirmIt() {
		String email = "subscribed-elsewhere@example.org";
		subscribeConfirmed(email, "\"countries\":[\"PE\"]");
		// as if the subscription was confirmed longer than ua.mailing.link-mail-interval
		// ago
		jdbcClient.sql("update subscriber set link_mail_sent_at = null where email = :e").param("e", email).update();
		UaDocument initial = publish("502/26", DocumentKind.INITIAL);
		report(initial, email);
		MimeMessage confirmation = awaitMail(email, 2);
		assertThat(MailTestSupport.subject(confirmation)).contains("confirm");
		publish("502/26", DocumentKind.FOLLOW_UP);
		MailTestSupport.settle();
		assertThat(received(email)).hasSize(2);

		confirm(confirmation);
		publish("502/26", DocumentKind.FOLLOW_UP);
		assertThat(MailTestSupport.subject(awaitMail(email, 3))).startsWith("Update on Urgent Action 502/26");
	}

	@Test
	void aSecondSubscriptionChangesNothingUntilTheAddressConfirmsIt() {
		String email = "twice@example.org";
		assertThat(subscribe(
				"{\"email\":\"" + email + "\",\"name\":\"Ana\",\"country\":\"FR\"," + "\"frequency\":\"IMMEDIATE\"}")
			.statusCode()).isEqualTo(202);
		awaitMail(email, 1);
		assertThat(subscribe("{\"email\":\"" + email + "\",\"name\":\"Mallory\",\"country\":\"US\","
				+ "\"countries\":[\"US\"],\"frequency\":\"WEEKLY\"}")
			.statusCode()).isEqualTo(202);
		assertThat(subscriber(email)).containsEntry("name", "Ana")
			.containsEntry("country", "FR")
			.containsEntry("frequency", "IMMEDIATE")
			.containsEntry("status", "PENDING");

		long id = ((Number) subscriber(email).get("id")).longValue();
		String token = tokens.create(SubscriberTokens.Purpose.CONFIRM, id);
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);
		assertThat(subscriber(email)).containsEntry("name", "Mallory")
			.containsEntry("frequency", "WEEKLY")
			.containsEntry("status", "ACTIVE");
	}

	@Test
	void aSubscriptionForAConfirmedCaseContactLeavesItReceivingCaseUpdates() {
		String email = "contact@example.org";
		UaDocument initial = publish("503/26", DocumentKind.INITIAL);
		report(initial, email);
		confirm(awaitMail(email, 1));
		assertThat(subscribe(
				"{\"email\":\"" + email + "\",\"name\":\"Mallory\",\"country\":\"US\"," + "\"frequency\":\"WEEKLY\"}")
			.statusCode()).isEqualTo(202);
		assertThat(subscriber(email)).containsEntry("status", "ACTIVE")
			.containsEntry("case_only", true)
			.containsEntry("frequency", "IMMEDIATE")
			.containsEntry("name", null);
		publish("503/26", DocumentKind.FOLLOW_UP);
		assertThat(MailTestSupport.subject(awaitMail(email, 2))).startsWith("Update on Urgent Action 503/26");
	}

	private UaDocument publish(String number, DocumentKind kind) {
		return MailTestSupport.publish(documents, number, kind, "Belarus", null);
	}

	private HttpResponse<String> report(UaDocument document, String email) {
		return http().postJson("/api/uas/" + document.id() + "/reports", "{\"channel\":\"LETTER\",\"count\":1,"
				+ "\"country\":\"BY\",\"email\":\"" + email + "\",\"consent\":true}");
	}

	private void confirm(MimeMessage confirmation) {
		String token = MailTestSupport.link(confirmation, "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);
	}

	private Map<String, Object> subscriber(String email) {
		return jdbcClient.sql("select id, name, country, frequency, status, case_only from subscriber where email = :e")
			.param("e", email)
			.query()
			.singleRow();
	}

}
