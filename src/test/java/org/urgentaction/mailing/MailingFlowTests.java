package org.urgentaction.mailing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.urgentaction.action.ActionReported;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.PageForms;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscribing, matching and case updates, end to end through a real SMTP server.
 */
@AppTest
class MailingFlowTests extends MailingTestBase {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MailingPlanner planner;

	@Test
	void doubleOptInSendsNothingButTheConfirmationUntilTheLinkIsFollowed() throws Exception {
		String email = "optin@example.org";
		String json = "{\"email\":\"Optin@Example.org\",\"name\":\"Ana\",\"country\":\"fr\",\"languages\":[\"fr\"],"
				+ "\"countries\":[],\"themes\":[],\"frequency\":\"IMMEDIATE\"}";
		HttpResponse<String> first = subscribe(json);
		assertThat(first.statusCode()).isEqualTo(202);
		MimeMessage confirmation = awaitMail(email, 1);
		assertThat(confirmation.getSubject()).contains("confirmer");
		assertThat(MailTestSupport.part(confirmation, "text/plain")).contains("Bonjour Ana");
		publish("201/26", DocumentKind.INITIAL, "Kazakhstan");
		MailTestSupport.settle();
		assertThat(received(email)).hasSize(1);

		String confirmPage = MailTestSupport.link(confirmation, "/subscriptions/confirm/");
		HttpResponse<String> confirmed = PageForms.submit(http(), confirmPage, confirmPage);
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("Subscription confirmed");
		HttpResponse<String> again = PageForms.submit(http(), confirmPage, confirmPage);
		assertThat(again.body()).contains("confirmed already");

		UaDocument next = publish("202/26", DocumentKind.INITIAL, "Kazakhstan");
		MimeMessage ua = awaitMail(email, 2);
		assertThat(ua.getSubject()).contains("202/26");
		assertThat(MailTestSupport.part(ua, "text/plain")).contains(next.summary(), "Minister of Justice",
				"/uas/" + next.id() + "/");

		HttpResponse<String> repeated = subscribe(json);
		assertThat(repeated.statusCode()).isEqualTo(202);
		assertThat(repeated.body()).isEqualTo(first.body());
	}

	@Test
	void aNewUaReachesThoseWhoseInterestsItMatches() {
		subscribeConfirmed("kz@example.org", "\"countries\":[\"KZ\"]");
		subscribeConfirmed("region@example.org", "\"regions\":[\"EUROPE_CENTRAL_ASIA\"]");
		subscribeConfirmed("theme@example.org", "\"themes\":[\"torture\"]");
		subscribeConfirmed("all@example.org", "");
		subscribeConfirmed("fr@example.org", "\"countries\":[\"FR\"]");
		subscribeConfirmed("africa@example.org", "\"regions\":[\"AFRICA\"],\"themes\":[\"death-penalty\"]");
		subscribe("{\"email\":\"weekly@example.org\",\"country\":\"GB\",\"frequency\":\"WEEKLY\"}");

		publish("203/26", DocumentKind.INITIAL, "Kazakhstan", "torture");
		awaitMail("kz@example.org", 2);
		awaitMail("region@example.org", 2);
		awaitMail("theme@example.org", 2);
		awaitMail("all@example.org", 2);
		MailTestSupport.settle();
		assertThat(received("fr@example.org")).hasSize(1);
		assertThat(received("africa@example.org")).hasSize(1);
		assertThat(received("weekly@example.org")).hasSize(1);
		assertThat(received("kz@example.org")).hasSize(2);
	}

	@Test
	void caseUpdatesReachThoseWhoReceivedOrReportedWithConsent() {
		subscribeConfirmed("receiver@example.org", "\"countries\":[\"BY\"]");
		UaDocument initial = publish("204/26", DocumentKind.INITIAL, "Belarus");
		awaitMail("receiver@example.org", 2);
		subscribeConfirmed("interests-changed@example.org", "\"countries\":[\"PE\"]");
		report(initial, "reporter@example.org", true);
		report(initial, "silent@example.org", false);
		// consent counts once the address confirms it (ConsentTests): the reporter
		// confirms
		MimeMessage confirmation = awaitMail("reporter@example.org", 1);
		String token = MailTestSupport.link(confirmation, "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);

		publish("204/26", DocumentKind.FOLLOW_UP, "Belarus");
		MimeMessage update = awaitMail("receiver@example.org", 3);
		assertThat(MailTestSupport.subject(update)).startsWith("Update on Urgent Action 204/26");
		MimeMessage reporterUpdate = awaitMail("reporter@example.org", 2);
		assertThat(MailTestSupport.part(reporterUpdate, "text/plain")).contains("/subscriptions/unsubscribe/");
		MailTestSupport.settle();
		assertThat(received("silent@example.org")).isEmpty();
		assertThat(received("interests-changed@example.org")).hasSize(1);
		assertThat(received("reporter@example.org")).hasSize(2);
	}

	@Test
	void remindersGoToThoseWhoReceivedTheUaAndHaveNotReported() {
		subscribeConfirmed("remind-me@example.org", "\"countries\":[\"UG\"]");
		subscribeConfirmed("reported@example.org", "\"countries\":[\"UG\"]");
		subscribeConfirmed("no-reminders@example.org", "\"countries\":[\"UG\"],\"reminders\":false");
		LocalDate deadline = LocalDate.now().plusDays(10);
		UaDocument document = MailTestSupport.publish(documents, "205/26", DocumentKind.INITIAL, "Uganda", deadline);
		awaitMail("remind-me@example.org", 2);
		awaitMail("reported@example.org", 2);
		awaitMail("no-reminders@example.org", 2);
		report(document, "Reported@example.org", false);

		transactions.executeWithoutResult((status) -> planner.planDueReminders(deadline.minusDays(3)));
		MimeMessage reminder = awaitMail("remind-me@example.org", 3);
		assertThat(MailTestSupport.subject(reminder)).contains("days left", "205/26");
		MailTestSupport.settle();
		assertThat(received("reported@example.org")).hasSize(2);
		assertThat(received("no-reminders@example.org")).hasSize(2);
		transactions.executeWithoutResult((status) -> planner.planDueReminders(deadline.minusDays(2)));
		MailTestSupport.settle();
		assertThat(received("remind-me@example.org")).hasSize(3);
	}

	@Test
	void aRussianReaderGetsTheUaAndTheReminderInRussianWithItsPlurals() throws Exception {
		String email = "ru-reader@example.org";
		assertThat(subscribe("{\"email\":\"" + email + "\",\"country\":\"KZ\",\"languages\":[\"ru\"],"
				+ "\"countries\":[\"MN\"],\"frequency\":\"IMMEDIATE\"}")
			.statusCode()).isEqualTo(202);
		MimeMessage confirmation = awaitMail(email, 1);
		assertThat(MailTestSupport.subject(confirmation)).startsWith("Подтвердите подписку");
		String token = MailTestSupport.link(confirmation, "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);
		LocalDate deadline = LocalDate.now().plusDays(10);
		UaDocument document = MailTestSupport.publish(documents, "208/26", DocumentKind.INITIAL, "Mongolia", deadline);
		MimeMessage ua = awaitMail(email, 2);
		assertThat(MailTestSupport.subject(ua)).startsWith("Срочная акция 208/26");
		assertThat(MailTestSupport.part(ua, "text/plain")).contains("Дорогой друг!", "Пожалуйста, примите меры до",
				"Действовать сейчас", "/uas/" + document.id() + "/");

		transactions.executeWithoutResult((status) -> planner.planDueReminders(deadline.minusDays(3)));
		MimeMessage reminder = awaitMail(email, 3);
		assertThat(MailTestSupport.subject(reminder)).startsWith("Осталось 10 дней: срочная акция 208/26");
	}

	@Test
	void weeklySubscribersGetOneDigestOfTheMatchingUasOfTheWeek() throws Exception {
		subscribeWeekly("weekly-bt@example.org", "BT");
		subscribeWeekly("weekly-cl@example.org", "CL");
		UaDocument bhutan = publish("206/26", DocumentKind.INITIAL, "Bhutan");
		publish("207/26", DocumentKind.INITIAL, "Nepal");
		MailTestSupport.settle();
		assertThat(received("weekly-bt@example.org")).hasSize(1);

		planner.planDigest(java.time.Instant.now().plusSeconds(1));
		planner.planDigest(java.time.Instant.now().plusSeconds(2));
		MimeMessage digest = awaitMail("weekly-bt@example.org", 2);
		assertThat(MailTestSupport.subject(digest)).contains("This week's Urgent Actions (1)");
		assertThat(MailTestSupport.part(digest, "text/plain")).contains(bhutan.title(), "/uas/" + bhutan.id() + "/",
				"/subscriptions/unsubscribe/");
		assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		MailTestSupport.settle();
		assertThat(received("weekly-bt@example.org")).hasSize(2);
		assertThat(received("weekly-cl@example.org")).hasSize(1);
	}

	private void subscribeWeekly(String email, String country) {
		assertThat(subscribe("{\"email\":\"" + email + "\",\"country\":\"GB\",\"countries\":[\"" + country
				+ "\"],\"frequency\":\"WEEKLY\"}")
			.statusCode()).isEqualTo(202);
		String token = MailTestSupport.link(awaitMail(email, 1), "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);
	}

	private UaDocument publish(String number, DocumentKind kind, String country, String... themes) {
		return MailTestSupport.publish(documents, number, kind, country, null, themes);
	}

	private void report(UaDocument document, String email, boolean consent) {
		transactions.executeWithoutResult((status) -> events.publishEvent(new ActionReported(System.nanoTime(),
				document.id(), document.caseId(), email, consent, null, java.time.Instant.now())));
	}

	static List<String> subjects(List<MimeMessage> messages) {
		return messages.stream().map(MailTestSupport::subject).toList();
	}

}
