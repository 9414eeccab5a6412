package org.urgentaction.mailing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A UA with a published French translation: the API with {@code ?lang=fr}, the page in
 * French and a French subscriber's mail carry the French title; an English subscriber
 * gets the original; once the translation is withdrawn, everyone gets the original.
 */
@AppTest
class TranslatedUaTests extends MailingTestBase {

	private static final String[] ADMIN = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

	private static final String FRENCH_TITLE = "Un journaliste détenu au secret au Kazakhstan";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aPublishedFrenchTranslationReachesTheApiThePageAndFrenchSubscribersAndWithdrawingItFallsBack()
			throws Exception {
		subscribeIn("fr", "lecteur@example.org");
		subscribeIn("en", "reader@example.org");

		UaDocument document = draft("301/26");
		long target = document.targets().get(0).id();
		String path = "/api/uas/" + document.id() + "/translations/fr";
		HttpResponse<String> written = http().putJson(path,
				"{\"title\": \"" + FRENCH_TITLE + "\", "
						+ "\"summary\": \"Un journaliste est détenu au secret.\", \"letter\": \"Monsieur le Ministre, "
						+ "libérez-le.\", \"salutations\": {\"" + target + "\": \"Monsieur le Ministre\"}}",
				ADMIN);
		assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
		assertThat(
				http()
					.putJson(path,
							"{\"title\": \"" + FRENCH_TITLE + "\", "
									+ "\"summary\": \"Un journaliste est détenu au secret.\"}",
							ADMIN)
					.statusCode())
			.isEqualTo(200);
		assertThat(api(document, "fr", ADMIN).get("title").asString()).as("a draft translation is not shown")
			.isEqualTo(document.title());
		assertThat(http().postJson(path + "/publish", "", ADMIN).statusCode()).isEqualTo(200);
		documents.publish(document.id(), "test");

		JsonNode french = api(document, "fr");
		assertThat(french.get("title").asString()).isEqualTo(FRENCH_TITLE);
		assertThat(french.get("language").asString()).isEqualTo("fr");
		assertThat(french.get("languages").toString()).isEqualTo("[\"en\",\"fr\"]");
		assertThat(api(document, "es").get("language").asString()).isEqualTo("en");
		String page = UaDocumentPath.of(http(), document.id());
		assertThat(http().get(page, "Accept-Language", "fr").body()).contains(FRENCH_TITLE);
		assertThat(http().get(page + "?lang=fr").body()).contains(FRENCH_TITLE);
		assertThat(http().get(page, "Accept-Language", "en").body()).doesNotContain(FRENCH_TITLE)
			.contains("lang=\"fr\" hreflang=\"fr\"");
		assertThat(http().get("/feed.atom?lang=fr").body()).contains(FRENCH_TITLE);
		assertThat(http().get("/feed.atom").body()).doesNotContain(FRENCH_TITLE);

		MimeMessage frenchMail = awaitSubject("lecteur@example.org", "301/26");
		assertThat(frenchMail.getSubject()).contains(FRENCH_TITLE);
		assertThat(MailTestSupport.part(frenchMail, "text/plain")).contains("Un journaliste est détenu au secret.");
		assertThat(awaitSubject("reader@example.org", "301/26").getSubject()).contains(document.title())
			.doesNotContain(FRENCH_TITLE);

		HttpResponse<String> withdrawn = http().send(http().request(path, ADMIN).DELETE().build());
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		JsonNode original = api(document, "fr");
		assertThat(original.get("title").asString()).isEqualTo(document.title());
		assertThat(original.get("language").asString()).isEqualTo("en");
		assertThat(http().get(page, "Accept-Language", "fr").body()).doesNotContain(FRENCH_TITLE)
			.contains(document.title());

		UaDocument withdrawnBeforeMailing = draft("302/26");
		String secondPath = "/api/uas/" + withdrawnBeforeMailing.id() + "/translations/fr";
		assertThat(http().putJson(secondPath, "{\"title\": \"Traduction retirée\"}", ADMIN).statusCode())
			.isEqualTo(201);
		assertThat(http().postJson(secondPath + "/publish", "", ADMIN).statusCode()).isEqualTo(200);
		assertThat(http().send(http().request(secondPath, ADMIN).DELETE().build()).statusCode()).isEqualTo(200);
		documents.publish(withdrawnBeforeMailing.id(), "test");
		assertThat(awaitSubject("lecteur@example.org", "302/26").getSubject()).contains(withdrawnBeforeMailing.title())
			.doesNotContain("Traduction retirée");
	}

	private UaDocument draft(String uaNumber) {
		Target target = new Target(null, "Minister of Justice", "A. Minister", null, List.of("Astana"), "Kazakhstan",
				List.of("minister@justice.example"), List.of(), List.of(), List.of(), List.of(), "Dear Minister",
				false);
		return documents
			.createDraft(
					new UaDocument(null, null, null, DocumentKind.INITIAL, 0, uaNumber, null, "Kazakhstan",
							LocalDate.now(), LocalDate.now().plusDays(30), "Journalist held incommunicado " + uaNumber,
							"A journalist is held incommunicado.", List.of(), List.of(target),
							"Dear Minister, release him.", null, List.of(), null, List.of(), null, null, null, 0),
					"test");
	}

	private JsonNode api(UaDocument document, String lang, String... headers) {
		HttpResponse<String> response = http().get("/api/uas/" + document.id() + "?lang=" + lang, headers);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private void subscribeIn(String language, String email) {
		HttpResponse<String> response = subscribe("{\"email\":\"" + email + "\",\"country\":\"GB\",\"languages\":[\""
				+ language + "\"],\"frequency\":\"IMMEDIATE\",\"countries\":[\"KZ\"]}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		MimeMessage confirmation = awaitMail(email, 1);
		String token = MailTestSupport.link(confirmation, "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);
	}

	private MimeMessage awaitSubject(String email, String uaNumber) {
		MailTestSupport.await("the mail of UA " + uaNumber + " to " + email,
				() -> received(email).stream().anyMatch((m) -> MailTestSupport.subject(m).contains(uaNumber)));
		return received(email).stream()
			.filter((m) -> MailTestSupport.subject(m).contains(uaNumber))
			.findFirst()
			.orElseThrow();
	}

	/** The public page of a document, as its short link redirects to it. */
	private static final class UaDocumentPath {

		static String of(Http http, long id) {
			HttpResponse<String> redirect = http.get("/uas/" + id);
			return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		}

	}

}
