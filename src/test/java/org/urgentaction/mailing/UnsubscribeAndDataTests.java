package org.urgentaction.mailing;

import java.net.http.HttpResponse;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.PageForms;
import org.urgentaction.ua.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers and links every mailing carries: one-click unsubscribe (RFC 8058) by a POST
 * without CSRF token, the manage page, and downloading and deleting one's data.
 */
@AppTest
class UnsubscribeAndDataTests extends MailingTestBase {

	@Test
	void everyMailHasTextAndHtmlAndTheOneClickUnsubscribeHeaders() throws Exception {
		subscribeConfirmed("headers@example.org", "\"countries\":[\"MX\"]");
		MailTestSupport.publish(documents, "301/26", DocumentKind.INITIAL, "Mexico", null);
		MimeMessage ua = awaitMail("headers@example.org", 2);
		assertThat(ua.getContentType()).startsWith("multipart/alternative");
		assertThat(MailTestSupport.part(ua, "text/html"))
			.contains("<a href=\"http://localhost:8080/subscriptions/unsubscribe/");
		assertThat(ua.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String listUnsubscribe = ua.getHeader("List-Unsubscribe")[0];
		assertThat(listUnsubscribe).matches("<http://localhost:8080/subscriptions/unsubscribe/[A-Za-z0-9_.-]+>");
		assertThat(MailTestSupport.part(ua, "text/plain"))
			.contains(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));

		String path = listUnsubscribe.replaceAll("^<https?://[^/]+|>$", "");
		HttpResponse<String> oneClick = PageForms.post(http(), path, null, "List-Unsubscribe", "One-Click");
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(oneClick.body()).contains("Unsubscribed");
		MailTestSupport.publish(documents, "302/26", DocumentKind.INITIAL, "Mexico", null);
		MailTestSupport.settle();
		assertThat(received("headers@example.org")).hasSize(2);
		assertThat(PageForms.post(http(), path, null, "List-Unsubscribe", "One-Click").statusCode()).isEqualTo(200);
	}

	@Test
	void otherPostsStillNeedTheCsrfToken() {
		subscribeConfirmed("csrf@example.org", "\"countries\":[\"PE\"]");
		String manage = MailTestSupport.link(received("csrf@example.org").get(0), "/subscriptions/confirm/");
		HttpResponse<String> forged = PageForms.post(http(), manage, null);
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void aSubscriberChangesPreferencesPausesDownloadsAndDeletesTheirData() {
		subscribeConfirmed("mine@example.org", "\"countries\":[\"CL\"]");
		MailTestSupport.publish(documents, "303/26", DocumentKind.INITIAL, "Chile", null);
		MimeMessage ua = awaitMail("mine@example.org", 2);
		String manage = MailTestSupport.link(ua, "/subscriptions/manage/");
		HttpResponse<String> page = http().get(manage);
		assertThat(page.body()).contains("m***@example.org").doesNotContain("mine@example.org");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

		HttpResponse<String> saved = PageForms.submit(http(), manage, manage, "country", "CL", "countries", "AR",
				"frequency", "IMMEDIATE", "languages", "es");
		assertThat(saved.statusCode()).isEqualTo(302);
		MailTestSupport.publish(documents, "304/26", DocumentKind.INITIAL, "Chile", null);
		MailTestSupport.publish(documents, "305/26", DocumentKind.INITIAL, "Argentina", null);
		MimeMessage spanish = awaitMail("mine@example.org", 3);
		assertThat(MailTestSupport.subject(spanish)).startsWith("Acción urgente 305/26");

		HttpResponse<String> invalid = PageForms.submit(http(), manage, manage, "country", "ZZ", "frequency",
				"IMMEDIATE", "themes", "no-such-theme");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("Unknown country: ZZ", "Unknown theme: no-such-theme");

		PageForms.submit(http(), manage, manage + "/data-link");
		MimeMessage dataLink = awaitMail("mine@example.org", 4);
		String data = MailTestSupport.link(dataLink, "/subscriptions/data/");
		HttpResponse<String> export = http().get(data + "/export.json");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("\"email\":\"mine@example.org\"", "\"messages\"", "AR");
		assertThat(http().get(manage.replace("/manage/", "/data/") + "/export.json").statusCode()).isEqualTo(400);

		HttpResponse<String> deleted = PageForms.submit(http(), data, data + "/delete");
		assertThat(deleted.body()).contains("Your data has been erased");
		assertThat(http().get(data + "/export.json").statusCode()).isEqualTo(400);
		assertThat(http().get(manage).statusCode()).isEqualTo(400);
		MailTestSupport.publish(documents, "306/26", DocumentKind.INITIAL, "Argentina", null);
		MailTestSupport.settle();
		assertThat(received("mine@example.org")).hasSize(4);
	}

}
