package org.urgentaction.action;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad reports get a problem document with a 4xx status, and nothing is stored or counted.
 */
@AppTest
class ReportInputTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	ReportFixtures fixtures;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		fixtures = new ReportFixtures(uas, jdbc, http);
	}

	@Test
	void badFieldsAre422WithTheFieldsNamed() {
		long stored = fixtures.storedReports();
		long id = fixtures.sample().id();
		expectProblem(fixtures.post(id, ReportFixtures.body("PIGEON", null, 1, "KZ", null)), 422, "channel");
		expectProblem(fixtures.post(id, ReportFixtures.body("LETTER", null, 0, "KZ", null)), 422, "count");
		expectProblem(fixtures.post(id, ReportFixtures.body("LETTER", null, 1001, "KZ", null)), 422, "count");
		expectProblem(fixtures.post(id, ReportFixtures.body("LETTER", null, 1, "XX", null)), 422, "country");
		expectProblem(fixtures.post(id, ReportFixtures.body("LETTER", null, 1, "Kazakhstan", null)), 422, "country");
		expectProblem(fixtures.post(id, ReportFixtures.body("LETTER", 999999L, 1, "KZ", null)), 422, "targetId");
		expectProblem(fixtures.post(id, "{\"channel\":\"LETTER\",\"count\":1,\"country\":\"KZ\",\"email\":\"nope\"}"),
				422, "email");
		expectProblem(fixtures.post(id, "{\"channel\":\"LETTER\",\"count\":1,\"country\":\"KZ\",\"consent\":true}"),
				422, "email");
		expectProblem(fixtures.post(id, "{\"count\":1}"), 422, "channel");
		assertThat(fixtures.storedReports()).isEqualTo(stored);
	}

	@Test
	void malformedJsonIs400() {
		long stored = fixtures.storedReports();
		long id = fixtures.sample().id();
		HttpResponse<String> response = fixtures.post(id, "{\"channel\":\"LETTER\",\"count\":");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fixtures.post(id, "{\"channel\":\"LETTER\",\"count\":\"many\",\"country\":\"KZ\"}").statusCode())
			.isEqualTo(400);
		assertThat(fixtures.storedReports()).isEqualTo(stored);
	}

	@Test
	void unknownAndUnpublishedDocumentsAre404() {
		long stored = fixtures.storedReports();
		expectProblem(fixtures.post(987654, ReportFixtures.body("LETTER", null, 1, "KZ", null)), 404, null);
		UaDocument draft = fixtures.newCase("201/19", false);
		expectProblem(fixtures.post(draft.id(), ReportFixtures.body("LETTER", null, 1, "KZ", null)), 404, null);
		assertThat(http.get("/api/uas/" + draft.id() + "/totals").statusCode()).isEqualTo(404);
		assertThat(http.get("/uas/" + draft.id() + "/reports/new").statusCode()).isEqualTo(404);
		assertThat(fixtures.storedReports()).isEqualTo(stored);
	}

	@Test
	void aClosedCaseTakesNoReports() {
		UaDocument doc = fixtures.newCase("202/19", true);
		fixtures.report(doc.id(), ReportFixtures.body("LETTER", null, 2, "KZ", null));
		long before = fixtures.storedReports();
		uas.closeCase(doc.caseId(), new Outcome(OutcomeType.RELEASED, null), "test");
		expectProblem(fixtures.post(doc.id(), ReportFixtures.body("LETTER", null, 1, "KZ", null)), 422, "documentId");
		assertThat(fixtures.storedReports()).isEqualTo(before);
		assertThat(fixtures.totals(doc.id(), "case").get("actions").asLong()).isEqualTo(2);
	}

	@Test
	void textIsEscapedOnThePages() {
		UaDocument doc = fixtures.newCase("203/19", true);
		HttpResponse<String> page = http.get("/uas/" + doc.id() + "/reports/new");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"channel\"", "value=\"KZ\"", "name=\"_csrf\"");
		HttpResponse<String> api = fixtures.post(doc.id(),
				"{\"channel\":\"OTHER\",\"count\":1,\"country\":\"KZ\",\"note\":\"<script>alert(1)</script>\"}");
		assertThat(api.statusCode()).isEqualTo(201);
		JsonNode stored = fixtures.read(api.body());
		assertThat(stored.get("note").asString()).isEqualTo("<script>alert(1)</script>");
	}

	private void expectProblem(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		if (field != null) {
			JsonNode problem = fixtures.read(response.body());
			assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
		}
	}

}
