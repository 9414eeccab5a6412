package org.urgentaction.ua;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.importer.ImportService;
import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.support.StaffClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case holds one document per sequence number: the API refuses a second one with 409,
 * the staff form offers to update the draft that holds the place, the database refuses a
 * duplicate row, and importing the sample again changes nothing.
 */
@AppTest
class OneDocumentPerPlaceTests {

	private static final String[] ADMIN = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theApiAnswers409ForATakenSequenceAndStoresNothing() {
		Http http = new Http(port);
		String number = DocumentForms.uniqueNumber();
		HttpResponse<String> first = http.postJson("/api/uas", body(number, 1, "First"), ADMIN);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		long firstId = json.readTree(first.body()).get("id").asLong();

		HttpResponse<String> second = http.postJson("/api/uas", body(number, 1, "Second at the same place"), ADMIN);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
		assertThat(second.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(second.body());
		assertThat(problem.get("status").asInt()).isEqualTo(409);
		assertThat(problem.get("existingId").asLong()).isEqualTo(firstId);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("sequence");
		assertThat(service.thread(service.get(firstId).caseId())).extracting(UaDocument::title)
			.containsExactly("First");

		HttpResponse<String> next = http.postJson("/api/uas", body(number, 0, "Next"), ADMIN);
		assertThat(next.statusCode()).isEqualTo(201);
		assertThat(json.readTree(next.body()).get("sequence").asInt()).isEqualTo(2);
		long nextId = json.readTree(next.body()).get("id").asLong();
		String moved = body(number, 1, "Moved onto the first").replace("\"version\":0",
				"\"version\":" + service.get(nextId).version());
		assertThat(http.putJson("/api/uas/" + nextId, moved, ADMIN).statusCode()).isEqualTo(409);
		assertThat(service.get(nextId).sequence()).isEqualTo(2);
	}

	@Test
	void theStaffFormOffersToUpdateTheDraftThatHoldsThePlace() {
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		String number = DocumentForms.uniqueNumber();
		Map<String, String> form = DocumentForms.complete(number, "The draft at place 1");
		HttpResponse<String> created = staff.post("/admin/uas", form);
		assertThat(created.statusCode()).isEqualTo(302);
		long draftId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
		staff.get("/admin/uas/new");

		Map<String, String> again = new LinkedHashMap<>(form);
		again.put("sequence", "1");
		again.put("title", "A better version of the first");
		HttpResponse<String> refused = staff.post("/admin/uas", again);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Another document of this case is already number 1",
				"formaction=\"/admin/uas/" + draftId + "/overwrite\"", "Update that draft with these fields");
		long caseId = service.get(draftId).caseId();
		assertThat(service.thread(caseId)).hasSize(1);

		HttpResponse<String> overwritten = staff.post("/admin/uas/" + draftId + "/overwrite", again);
		assertThat(overwritten.statusCode()).as(overwritten.body()).isEqualTo(302);
		assertThat(service.thread(caseId)).extracting(UaDocument::title)
			.containsExactly("A better version of the first");
	}

	@Test
	void thePlaceOfAPublishedDocumentIsNotOfferedForUpdate() {
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		UaDocument sample = SampleDocument.of(service);
		staff.get("/admin/uas/new");
		Map<String, String> form = DocumentForms.complete("46/19", "Duplicate of the sample");
		form.put("sequence", String.valueOf(sample.sequence()));
		HttpResponse<String> refused = staff.post("/admin/uas", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Another document of this case is already number")
			.doesNotContain("/overwrite");
		assertThat(staff.post("/admin/uas/" + sample.id() + "/overwrite", form).body())
			.contains("That document is published and cannot be replaced");
		assertThat(service.get(sample.id()).title()).isEqualTo("Human rights defender facing bogus charges");
	}

	@Test
	void theDatabaseRefusesASecondRowAtTheSamePlace() {
		UaDocument sample = SampleDocument.of(service);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into ua_document (case_id, status, kind, sequence, ua_number, country, issue_date, title,
				    created_at, updated_at, version)
				select case_id, 'PUBLISHED', kind, sequence, ua_number, country, issue_date, 'Copy', created_at,
				    updated_at, 0 from ua_document where id = :id
				""").param("id", sample.id()).update()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void importingTheSampleAgainChangesNothing() throws IOException {
		UaDocument sample = SampleDocument.of(service);
		List<UaDocument> before = service.thread(sample.caseId());
		String text;
		try (InputStream in = getClass().getResourceAsStream("/importer/ua-46-19-kazakhstan.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		UaDocument parsed = new UaParser().parse(text).document();
		assertThatThrownBy(() -> imports.saveDraft(parsed, "sample-" + System.nanoTime(), "ua-46-19-kazakhstan.txt", 0,
				AppTest.ADMIN_EMAIL))
			.isInstanceOfSatisfying(SequenceTakenException.class,
					(taken) -> assertThat(taken.existingId()).isEqualTo(sample.id()));
		assertThat(service.thread(sample.caseId())).isEqualTo(before);
	}

	private static String body(String number, int sequence, String title) {
		return """
				{"kind":"INITIAL",%s"uaNumber":"%s","country":"Peru","issueDate":"2025-03-01",
				 "title":"%s","targets":[{"title":"Minister","emails":["m@example.org"],"copy":false}],"version":0}
				""".formatted(sequence == 0 ? "" : "\"sequence\":" + sequence + ",", number, title);
	}

}
