package org.urgentaction.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem documents of the API speak the language of {@code Accept-Language}, English
 * by default, whether a controller, Spring Security or a servlet filter answers; status,
 * type and member names stay the same in every language.
 */
@AppTest
class LocalizedProblemTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void anUnknownApiAddressIsNamedInTheCallersLanguage() {
		Http http = new Http(port);
		String[] admin = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		JsonNode english = problem(http.get("/api/nothing-here", admin), 404);
		assertThat(english.get("title").asString()).isEqualTo("Not found");
		assertThat(english.get("detail").asString()).isEqualTo("There is no API resource at this address.");
		JsonNode french = problem(
				http.get("/api/nothing-here", admin[0], admin[1], "Accept-Language", "fr-CH, en;q=0.5"), 404);
		assertThat(french.get("title").asString()).isEqualTo("Introuvable");
		assertThat(french.get("detail").asString()).isEqualTo("Il n’y a aucune ressource de l’API à cette adresse.");
		JsonNode german = problem(http.get("/api/nothing-here", admin[0], admin[1], "Accept-Language", "de"), 404);
		assertThat(german.get("title").asString()).isEqualTo("Not found");
	}

	@Test
	void invalidFieldsAreExplainedInTheCallersLanguageUnderTheSameNames() {
		Http http = new Http(port);
		String[] admin = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		JsonNode russian = problem(http.postJson("/api/uas", "{\"kind\":\"INITIAL\",\"uaNumber\":\"x\"}", admin[0],
				admin[1], "Accept-Language", "ru"), 422);
		assertThat(russian.get("type").asString()).isEqualTo("about:blank");
		assertThat(russian.get("title").asString()).isEqualTo("Недопустимые данные");
		assertThat(russian.get("detail").asString()).isEqualTo("В запросе есть недопустимые поля.");
		assertThat(russian.get("errors")).isNotEmpty();
		assertThat(russian.get("errors").get(0).has("field")).isTrue();
	}

	@Test
	void securityAndFilterAnswersAreLocalizedToo() {
		Http http = new Http(port);
		JsonNode chinese = problem(http.postJson("/api/uas", "{}", "Accept-Language", "zh-CN"), 401);
		assertThat(chinese.get("title").asString()).isEqualTo("未认证");
		assertThat(chinese.get("detail").asString()).contains("HTTP Basic");
		HttpResponse<String> upload = http.send(http.request("/api/uas", "Accept-Language", "ar")
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(HttpRequest.BodyPublishers.ofString("--x--"))
			.build());
		JsonNode arabic = problem(upload, 415);
		assertThat(arabic.get("title").asString()).isEqualTo("نوع محتوى غير مدعوم");
		assertThat(arabic.get("detail").asString()).isEqualTo("لا يقبل هذا العنوان رفع الملفات.");
	}

	private JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return problem;
	}

}
