package org.urgentaction.ua;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad translations get problem documents with 4xx, never 500; coordinators write,
 * preview, publish and withdraw translations on the document's staff page, and each step
 * is in the document's history.
 */
@AppTest
class TranslationApiAndStaffPageTests {

	private static final String[] ADMIN = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UaService documents;

	@Autowired
	AuditLog audit;

	Http http;

	StaffClient staff;

	@BeforeEach
	void logIn() {
		http = new Http(port);
		staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
	}

	@Test
	void badTranslationsAreRefusedWithProblemDocuments() {
		long id = AdminDocumentPageTests.idFrom(
				staff.post("/admin/uas", DocumentForms.complete(DocumentForms.uniqueNumber(), "Journalist detained")));
		String base = "/api/uas/" + id + "/translations/";
		assertProblem(http.putJson(base + "12", "{\"title\": \"Titre\"}", ADMIN), 422, "language");
		assertProblem(http.putJson(base + "en", "{\"title\": \"Title\"}", ADMIN), 422, "language");
		assertProblem(http.putJson(base + "fr", "{\"title\": \"  \"}", ADMIN), 422, "title");
		assertProblem(http.putJson(base + "fr", "{\"title\": \"" + "x".repeat(301) + "\"}", ADMIN), 422, "title");
		assertProblem(
				http.putJson(base + "fr", "{\"title\": \"Titre\", \"letter\": \"" + "x".repeat(50001) + "\"}", ADMIN),
				422, "letter");
		assertProblem(
				http.putJson(base + "fr", "{\"title\": \"Titre\", \"salutations\": {\"999999\": \"Madame\"}}", ADMIN),
				422, "salutations.999999");
		assertThat(http.putJson(base + "fr", "{\"title\": \"Titre\", \"salutations\": {\"abc\": \"Madame\"}}", ADMIN)
			.statusCode()).isEqualTo(400);
		assertThat(http.putJson(base + "fr", "[1, 2]", ADMIN).statusCode()).isEqualTo(400);
		assertThat(http.putJson("/api/uas/999999/translations/fr", "{\"title\": \"Titre\"}", ADMIN).statusCode())
			.isEqualTo(404);
		assertThat(http.postJson(base + "de/publish", "", ADMIN).statusCode()).isEqualTo(404);
		assertThat(http.putJson(base + "fr", "{\"title\": \"Titre\"}").statusCode()).isEqualTo(401);
		assertThat(http.get("/api/uas/" + id + "/translations").statusCode()).isEqualTo(401);
		assertThat(http.putJson(base + "pt-br", "{\"title\": \"Título\"}", ADMIN).body()).contains("\"pt-BR\"");
	}

	@Test
	void coordinatorsWritePreviewPublishAndWithdrawATranslationOnTheStaffPage() {
		long id = AdminDocumentPageTests.idFrom(
				staff.post("/admin/uas", DocumentForms.complete(DocumentForms.uniqueNumber(), "Journalist detained")));
		staff.post("/admin/uas/" + id + "/publish", Map.of());
		UaDocument document = documents.get(id);
		long target = document.targets().get(0).id();
		assertThat(staff.get("/admin/uas/" + id).body()).contains("/admin/uas/" + id + "/translations");
		String page = "/admin/uas/" + id + "/translations";
		assertThat(staff.get(page).statusCode()).isEqualTo(200);

		Map<String, String> form = Map.of("language", "es", "title", "Periodista detenido", "letter",
				"Señor Ministro:\nLiberen al periodista.", "salutation-" + target, "Señor Ministro", "action",
				"preview");
		HttpResponse<String> preview = staff.post(page, form);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Periodista detenido", "Señor Ministro");
		assertThat(documents.get(id).title()).isEqualTo("Journalist detained");

		HttpResponse<String> invalid = staff.post(page, Map.of("language", "es", "title", "", "action", "save"));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("error-summary");

		Map<String, String> save = new java.util.HashMap<>(form);
		save.put("action", "save");
		HttpResponse<String> saved = staff.follow(staff.post(page, save));
		assertThat(saved.body()).contains("Periodista detenido", "The translation is saved.");
		String publicPage = http.get("/uas/" + id).headers().firstValue("Location").orElseThrow();
		String publicPath = publicPage.replaceFirst("^https?://[^/]+", "");
		assertThat(http.get(publicPath + "?lang=es").body()).as("a draft is not public")
			.doesNotContain("Periodista detenido");

		staff.follow(staff.post(page + "/es/publish", Map.of()));
		String spanish = http.get(publicPath + "?lang=es").body();
		assertThat(spanish).contains("Periodista detenido", "Liberen al periodista");
		assertThat(http.get(publicPath + "?lang=ar").body()).contains("Journalist detained", "text-language",
				"hreflang=\"es\"");

		staff.follow(staff.post(page + "/es/withdraw", Map.of()));
		assertThat(http.get(publicPath + "?lang=es").body()).doesNotContain("Periodista detenido");
		assertThat(audit.forSubject("ua_document", id)).extracting((event) -> event.action())
			.contains("TRANSLATION_CREATED", "TRANSLATION_PUBLISHED", "TRANSLATION_WITHDRAWN");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}

}
