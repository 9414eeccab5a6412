package org.urgentaction.ua;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API of documents as an integration uses it.
 */
@AppTest
class UaApiTests {

	private static final String[] ADMIN = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Autowired
	UaCatalogue catalogue;

	@Autowired
	JsonMapper json;

	@Test
	void theSampleHasEveryFieldWithItsValues() {
		long id = SampleDocument.of(service).id();
		HttpResponse<String> response = new Http(port).get("/api/uas/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode ua = json.readTree(response.body());
		assertThat(ua.get("id").asLong()).isEqualTo(id);
		assertThat(ua.get("caseId").asLong()).isEqualTo(service.get(id).caseId());
		assertThat(ua.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(ua.get("url").asString())
			.isEqualTo("http://localhost:8080/uas/" + id + "/46-19-human-rights-defender-facing-bogus-charges");
		assertThat(ua.get("kind").asString()).isEqualTo("FOLLOW_UP");
		assertThat(ua.get("sequence").asInt()).isEqualTo(2);
		assertThat(ua.get("uaNumber").asString()).isEqualTo("46/19");
		assertThat(ua.get("aiIndex").asString()).isEqualTo("EUR 57/0894/2019");
		assertThat(ua.get("country").asString()).isEqualTo("Kazakhstan");
		assertThat(ua.get("issueDate").asString()).isEqualTo("2019-08-16");
		assertThat(ua.get("deadline").asString()).isEqualTo("2019-09-27");
		assertThat(ua.get("title").asString()).isEqualTo("Human rights defender facing bogus charges");
		assertThat(ua.get("summary").asString()).startsWith("Human rights defender Serikzhan Bilash is facing charges")
			.endsWith("should be immediately and unconditionally released.");
		assertThat(ua.get("persons")).hasSize(1);
		assertThat(ua.get("persons").get(0).get("name").asString()).isEqualTo("Serikzhan Bilash");
		assertThat(ua.get("persons").get(0).get("pronouns").asString()).isEqualTo("he/him");

		JsonNode targets = ua.get("targets");
		assertThat(targets).hasSize(2);
		JsonNode prosecutor = targets.get(0);
		assertThat(prosecutor.get("title").asString()).isEqualTo("Prosecutor General");
		assertThat(prosecutor.get("name").asString()).isEqualTo("Nurdauletov Gizat Daurenbekovich");
		assertThat(prosecutor.get("organisation").isNull()).isTrue();
		assertThat(strings(prosecutor.get("addressLines"))).containsExactly("Prospect Mengilik, 14",
				"Nur-Sultan 010000", "Kazakhstan");
		assertThat(prosecutor.get("country").asString()).isEqualTo("Kazakhstan");
		assertThat(strings(prosecutor.get("emails"))).containsExactly("press@prokuror.kz");
		assertThat(strings(prosecutor.get("faxes"))).containsExactly("+7 7172 506 402");
		assertThat(strings(prosecutor.get("phones"))).isEmpty();
		assertThat(strings(prosecutor.get("twitter"))).containsExactly("@GenProkRK");
		assertThat(strings(prosecutor.get("facebook"))).isEmpty();
		assertThat(prosecutor.get("salutation").asString()).isEqualTo("Dear Prosecutor General");
		assertThat(prosecutor.get("copy").asBoolean()).isFalse();
		JsonNode ambassador = targets.get(1);
		assertThat(ambassador.get("title").asString()).isEqualTo("Ambassador");
		assertThat(ambassador.get("name").asString()).isEqualTo("H.E. Erzhan Kazykhanov");
		assertThat(ambassador.get("organisation").asString()).isEqualTo("Embassy of the Republic of Kazakhstan");
		assertThat(strings(ambassador.get("addressLines"))).containsExactly("1401 16th St NW, Washington DC 20036");
		assertThat(ambassador.get("country").asString()).isEqualTo("United States");
		assertThat(strings(ambassador.get("emails"))).containsExactly("washington@mfa.kz");
		assertThat(strings(ambassador.get("faxes"))).isEmpty();
		assertThat(strings(ambassador.get("phones"))).containsExactly("202 232 5488");
		assertThat(strings(ambassador.get("twitter"))).containsExactly("@KazakhEmbassy");
		assertThat(strings(ambassador.get("facebook"))).containsExactly("@KazakhEmbassyDC");
		assertThat(ambassador.get("salutation").asString()).isEqualTo("Dear Ambassador");
		assertThat(ambassador.get("copy").asBoolean()).isFalse();

		assertThat(ua.get("letter").asString()).startsWith("Dear Prosecutor General,\nI am writing to you")
			.contains("I urge you to drop the charges against Serikzhan Bilash")
			.endsWith("Yours sincerely,");
		assertThat(ua.get("additionalInformation").asString())
			.startsWith("Serikzhan Bilash, an ethnic Kazakh, moved to Kazakhstan")
			.contains("\n\nSerikzhan Bilash has worked closely with Amnesty International")
			.endsWith("remains in prison despite his worsening health condition.");
		assertThat(strings(ua.get("preferredLanguages"))).containsExactly("Kazakh", "Russian", "English");
		assertThat(ua.get("previousUaLink").asString())
			.isEqualTo("https://www.amnesty.org/en/documents/EUR57/0186/2019/en/");
		assertThat(strings(ua.get("themes"))).containsExactlyInAnyOrder("human rights defenders",
				"prisoners of conscience", "freedom of expression");
		assertThat(ua.has("outcome")).isTrue();
		assertThat(ua.get("outcome").isNull()).isTrue();
	}

	@Test
	void aDraftIsCreatedUpdatedAndPublished() {
		Http http = new Http(port);
		String number = DocumentForms.uniqueNumber();
		HttpResponse<String> created = http.postJson("/api/uas", draft(number, "Created by the API", "Peru"), ADMIN);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = json.readTree(created.body());
		long id = body.get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/uas/" + id);
		assertThat(body.get("status").asString()).isEqualTo("DRAFT");
		assertThat(body.get("sequence").asInt()).isEqualTo(1);
		assertThat(body.get("targets").get(0).get("emails").get(0).asString()).isEqualTo("office@example.org");
		assertThat(http.get("/api/uas/" + id).statusCode()).isEqualTo(404);

		String changed = draft(number, "Changed by the API", "Peru").replace("\"version\":0",
				"\"version\":" + body.get("version").asLong());
		HttpResponse<String> updated = http.putJson("/api/uas/" + id, changed, ADMIN);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(json.readTree(updated.body()).get("title").asString()).isEqualTo("Changed by the API");
		assertThat(service.get(id).title()).isEqualTo("Changed by the API");
		HttpResponse<String> stale = http.putJson("/api/uas/" + id, changed, ADMIN);
		assertThat(stale.statusCode()).isEqualTo(409);

		HttpResponse<String> published = http.send(http.request("/api/uas/" + id + "/publish", ADMIN)
			.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(json.readTree(published.body()).get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(http.get("/api/uas/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void theListFiltersByStatusCountryAndTextAndPages() {
		Http http = new Http(port);
		String country = "Testland " + UUID.randomUUID().toString().substring(0, 6);
		String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
		long draft = createdId(
				http.postJson("/api/uas", draft(DocumentForms.uniqueNumber(), "Draft one", country), ADMIN));
		long published = createdId(
				http.postJson("/api/uas", draft(DocumentForms.uniqueNumber(), "Published " + word, country), ADMIN));
		service.publish(published, "test");

		assertThat(ids(http.get("/api/uas?country=" + enc(country)))).containsExactly(published);
		assertThat(ids(http.get("/api/uas?country=" + enc(country), ADMIN))).containsExactlyInAnyOrder(draft,
				published);
		assertThat(ids(http.get("/api/uas?status=DRAFT&country=" + enc(country), ADMIN))).containsExactly(draft);
		assertThat(ids(http.get("/api/uas?status=DRAFT&country=" + enc(country)))).isEmpty();
		assertThat(ids(http.get("/api/uas?status=PUBLISHED&country=" + enc(country), ADMIN)))
			.containsExactly(published);
		assertThat(ids(http.get("/api/uas?q=" + word))).containsExactly(published);
		assertThat(ids(http.get("/api/uas?q=" + word + "&country=nowhere"))).isEmpty();

		JsonNode first = json.readTree(http.get("/api/uas?size=1&page=0&country=" + enc(country), ADMIN).body());
		JsonNode second = json.readTree(http.get("/api/uas?size=1&page=1&country=" + enc(country), ADMIN).body());
		assertThat(first.get("total").asLong()).isEqualTo(2);
		assertThat(first.get("items")).hasSize(1);
		assertThat(second.get("items")).hasSize(1);
		assertThat(first.get("items").get(0).get("id").asLong())
			.isNotEqualTo(second.get("items").get(0).get("id").asLong());
		assertThat(http.get("/api/uas?status=NONSENSE").statusCode()).isEqualTo(400);
	}

	@Test
	void anonymousWritesAreRefusedWith401() {
		Http http = new Http(port);
		long id = createdId(http.postJson("/api/uas", draft(DocumentForms.uniqueNumber(), "Kept", "Chile"), ADMIN));
		List<HttpResponse<String>> refused = List.of(
				http.postJson("/api/uas", draft(DocumentForms.uniqueNumber(), "Anonymous", "Chile")),
				http.putJson("/api/uas/" + id, draft("1/20", "Anonymous", "Chile")),
				http.postJson("/api/uas/" + id + "/publish", ""),
				http.postJson("/api/uas", draft(DocumentForms.uniqueNumber(), "Wrong password", "Chile"),
						Http.basic(AppTest.ADMIN_EMAIL, "wrong")));
		for (HttpResponse<String> response : refused) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
		}
		assertThat(service.get(id).title()).isEqualTo("Kept");
		assertThat(service.get(id).status()).isEqualTo(DocumentStatus.DRAFT);
	}

	@Test
	void badInputIsRefusedWith422NamingTheFieldAndNothingIsStored() {
		Http http = new Http(port);
		long before = catalogue.documents(null, true, UaFilter.none(), 0, 1).total();
		String good = draft(DocumentForms.uniqueNumber(), "Good", "Chile");
		assertBad(http, good.replaceFirst("\"uaNumber\":\"[^\"]+\"", "\"uaNumber\":\"46-2019\""), "uaNumber");
		assertBad(http, good.replace("\"AMR 22/0001/2025\"", "\"EUR 57-0894\""), "aiIndex");
		assertBad(http, good.replace("office@example.org", "not an email"), "targets[0].emails");
		assertBad(http, good.replace("\"deadline\":\"2025-02-20\"", "\"deadline\":\"2025-01-01\""), "deadline");
		assertBad(http, good.replace("\"title\":\"Good\"", "\"title\":\"" + "x".repeat(301) + "\""), "title");
		assertBad(http, good.replace("\"country\":\"Chile\",", ""), "country");
		assertThat(catalogue.documents(null, true, UaFilter.none(), 0, 1).total()).isEqualTo(before);

		HttpResponse<String> malformed = http.postJson("/api/uas", "{\"title\": ", ADMIN);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> badDate = http.postJson("/api/uas",
				good.replace("\"issueDate\":\"2025-01-10\"", "\"issueDate\":\"10 January\""), ADMIN);
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(json.readTree(badDate.body()).get("errors").get(0).get("field").asString()).isEqualTo("issueDate");
		HttpResponse<String> badList = http.postJson("/api/uas",
				good.replace("\"emails\":[\"office@example.org\"]", "\"emails\":[{\"a\":1}]"), ADMIN);
		assertThat(badList.statusCode()).isEqualTo(400);
		assertThat(json.readTree(badList.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("targets[0].emails[0]");
	}

	@Test
	void anUnknownIdIsA404Problem() {
		Http http = new Http(port);
		for (HttpResponse<String> response : List.of(http.get("/api/uas/987654321"),
				http.putJson("/api/uas/987654321", draft("1/20", "None", "Chile"), ADMIN))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).doesNotContain("Exception", "at org.");
		}
	}

	private void assertBad(Http http, String body, String field) {
		HttpResponse<String> response = http.postJson("/api/uas", body, ADMIN);
		assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach((error) -> {
			fields.add(error.get("field").asString());
			assertThat(error.get("message").asString()).isNotBlank().doesNotContain("validation.");
		});
		assertThat(fields).as(response.body()).containsExactly(field);
	}

	private long createdId(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asLong();
	}

	private List<Long> ids(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		json.readTree(response.body()).get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	static String draft(String number, String title, String country) {
		return """
				{"kind":"INITIAL","uaNumber":"%s","aiIndex":"AMR 22/0001/2025","country":"%s",
				 "issueDate":"2025-01-10","deadline":"2025-02-20","title":"%s","summary":"A summary.",
				 "persons":[{"name":"Luis Example","pronouns":"he/him"}],
				 "targets":[{"title":"Minister","name":"A. Minister","addressLines":["1 Main St","Lima"],
				   "country":"Peru","emails":["office@example.org"],"faxes":[],"phones":["+51 1 234"],
				   "twitter":["@minister"],"facebook":[],"salutation":"Dear Minister","copy":false}],
				 "letter":"Dear Minister,\\nPlease act.","additionalInformation":"Background.",
				 "preferredLanguages":["Spanish"],"themes":["torture"],"version":0}
				""".formatted(number, country, title);
	}

}
