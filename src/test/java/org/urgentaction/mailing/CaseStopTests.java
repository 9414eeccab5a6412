package org.urgentaction.mailing;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stop switch of a case: its queued mail is cancelled, one notice goes to each
 * subscriber who received its UA and each reporter who asked for updates (to nobody
 * else), its pages and letters ask for no action, and undoing the stop brings the ways to
 * act back.
 */
@AppTest
class CaseStopTests extends MailingTestBase {

	private static final String[] ADMIN = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

	private static final String MESSAGE = "The family has asked us to stop all action. Thank you.";

	@Test
	void aStopCancelsQueuedMailNotifiesOnceAndAsksForNoActionUntilUndone() {
		String run = Long.toString(System.nanoTime());
		String receiver = "stop-receiver-" + run + "@example.org";
		String elsewhere = "stop-elsewhere-" + run + "@example.org";
		String consenting = "stop-consenting-" + run + "@example.org";
		String withoutConsent = "stop-silent-" + run + "@example.org";
		subscribeConfirmed(receiver, "\"countries\":[\"TJ\"]");
		subscribeConfirmed(elsewhere, "\"countries\":[\"PE\"]");
		UaDocument ua = MailTestSupport.publish(documents, "611/07", DocumentKind.INITIAL, "Tajikistan",
				LocalDate.now().plusDays(20));
		UaDocument otherCase = MailTestSupport.publish(documents, "612/07", DocumentKind.INITIAL, "Tajikistan",
				LocalDate.now().plusDays(20));
		MailTestSupport.await("both UAs to " + receiver, () -> received(receiver).size() >= 3);

		assertThat(report(ua, consenting, true).statusCode()).isEqualTo(201);
		confirm(awaitMail(consenting, 1));
		assertThat(report(ua, withoutConsent, false).statusCode()).isEqualTo(201);
		long queuedOfCase = queueLater(ua, receiver);
		long queuedOfOtherCase = queueLater(otherCase, receiver);
		int receiverBefore = received(receiver).size();
		int elsewhereBefore = received(elsewhere).size();

		HttpResponse<String> stop = http().postJson("/api/uas/" + ua.id() + "/stop",
				"{\"reason\":\"SAFETY\",\"message\":\"" + MESSAGE + "\"}", ADMIN);
		assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
		assertThat(stop.body()).contains("\"reason\":\"SAFETY\"", MESSAGE);

		assertThat(status(queuedOfCase)).isEqualTo("CANCELLED");
		assertThat(status(queuedOfOtherCase)).isEqualTo("QUEUED");
		MimeMessage notice = awaitMail(receiver, receiverBefore + 1);
		MimeMessage consentingNotice = awaitMail(consenting, 2);
		MailTestSupport.settle();
		assertThat(received(receiver)).hasSize(receiverBefore + 1);
		assertThat(received(consenting)).hasSize(2);
		assertThat(received(elsewhere)).hasSize(elsewhereBefore);
		assertThat(received(withoutConsent)).isEmpty();
		for (MimeMessage message : List.of(notice, consentingNotice)) {
			assertThat(MailTestSupport.subject(message)).startsWith("Please stop all action: UA 611/07");
			assertThat(MailTestSupport.part(message, "text/plain")).contains(MESSAGE).doesNotContain("Take action now");
		}

		String page = http().get(ua.path()).body();
		assertThat(page).contains(MESSAGE, "Please take no action on this case")
			.doesNotContain("id=\"take-action\"", "/uas/" + ua.id() + "/letters", "/reports/new", "action-counter");
		assertThat(http().get("/uas/" + ua.id() + "/reports/new").body()).contains(MESSAGE)
			.doesNotContain("name=\"channel\"");
		HttpResponse<String> letter = http().postJson("/api/uas/" + ua.id() + "/letters",
				"{\"targetId\":" + ua.targets().get(0).id() + "}");
		assertThat(letter.statusCode()).isEqualTo(409);
		assertThat(letter.body()).contains(MESSAGE);
		assertThat(http().get("/api/uas/" + ua.id()).body()).contains(MESSAGE).doesNotContain("SAFETY");
		assertThat(http().get("/feed.atom").body()).contains("Action stopped – UA 611/07", MESSAGE);
		assertThat(http().get("/uas").body()).doesNotContain(ua.path());

		HttpResponse<String> undo = http()
			.send(http().request("/api/uas/" + ua.id() + "/stop", ADMIN).DELETE().build());
		assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
		assertThat(undo.body()).contains("\"stop\":null");
		assertThat(http().get(ua.path()).body())
			.contains("id=\"take-action\"", "/uas/" + ua.id() + "/letters", "/reports/new", "action-counter")
			.doesNotContain(MESSAGE);
		assertThat(history(ua.caseId())).contains("CASE_STOPPED", "CASE_RESUMED");
	}

	private HttpResponse<String> report(UaDocument document, String email, boolean consent) {
		return http().postJson("/api/uas/" + document.id() + "/reports", "{\"channel\":\"LETTER\",\"count\":1,"
				+ "\"country\":\"GB\",\"email\":\"" + email + "\",\"consent\":" + consent + "}");
	}

	private void confirm(MimeMessage confirmation) {
		String token = MailTestSupport.link(confirmation, "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);
	}

	/**
	 * A reminder of the document's case for the subscriber, queued but due only tomorrow
	 * (not yet handed over).
	 */
	private long queueLater(UaDocument document, String email) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbcClient.sql("""
				insert into mailing (kind, dedup_key, document_id, case_id, status, created_at)
				values ('REMINDER', :key, :document, :case, 'SENDING', :now)""")
			.param("key", "TEST-REMINDER:" + document.id())
			.param("document", document.id())
			.param("case", document.caseId())
			.param("now", now)
			.update();
		long mailing = jdbcClient.sql("select id from mailing where dedup_key = :key")
			.param("key", "TEST-REMINDER:" + document.id())
			.query(Long.class)
			.single();
		jdbcClient.sql("""
				insert into outbox_message (mailing_id, subscriber_id, kind, priority, status, attempts,
				    next_attempt_at, created_at)
				select :mailing, id, 'REMINDER', 2, 'QUEUED', 0, :later, :now from subscriber where email = :email""")
			.param("mailing", mailing)
			.param("later", Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)))
			.param("now", now)
			.param("email", email)
			.update();
		return jdbcClient.sql("select id from outbox_message where mailing_id = :mailing")
			.param("mailing", mailing)
			.query(Long.class)
			.single();
	}

	private String status(long outboxId) {
		return jdbcClient.sql("select status from outbox_message where id = :id")
			.param("id", outboxId)
			.query(String.class)
			.single();
	}

	private List<String> history(long caseId) {
		return jdbcClient.sql("select action from audit_event where subject_type = 'ua_case' and subject_id = :id")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

}
