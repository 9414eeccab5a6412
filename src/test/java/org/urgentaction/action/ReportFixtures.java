package org.urgentaction.action;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Documents and API calls the report tests share.
 */
final class ReportFixtures {

	private final UaService uas;

	private final JdbcClient jdbc;

	private final Http http;

	private final JsonMapper json = JsonMapper.builder().build();

	ReportFixtures(UaService uas, JdbcClient jdbc, Http http) {
		this.uas = uas;
		this.jdbc = jdbc;
		this.http = http;
	}

	UaDocument sample() {
		long caseId = uas.findCaseByNumber("46/19").orElseThrow().id();
		return uas.thread(caseId).stream().filter(UaDocument::isPublished).findFirst().orElseThrow();
	}

	/**
	 * A published document of a new case {@code uaNumber}, a copy of the sample.
	 */
	UaDocument newCase(String uaNumber, boolean publish) {
		UaDocument t = uas.nextDocumentTemplate(sample().id());
		UaDocument copy = new UaDocument(null, null, null, t.kind(), 1, uaNumber, null, t.country(), t.issueDate(),
				null, t.title(), t.summary(), t.persons(), t.targets(), t.letter(), t.additionalInformation(),
				t.preferredLanguages(), null, t.themes(), null, null, null, 0);
		UaDocument draft = uas.createDraft(copy, "test");
		return publish ? uas.publish(draft.id(), "test") : draft;
	}

	UaDocument followUp(UaDocument previous) {
		UaDocument draft = uas.createDraft(uas.nextDocumentTemplate(previous.id()), "test");
		return uas.publish(draft.id(), "test");
	}

	java.net.http.HttpResponse<String> post(long documentId, String body, String... headers) {
		return http.postJson("/api/uas/" + documentId + "/reports", body, headers);
	}

	JsonNode report(long documentId, String body, String... headers) {
		var response = post(documentId, body, headers);
		if (response.statusCode() != 201) {
			throw new AssertionError("Expected 201, got " + response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body());
	}

	JsonNode totals(long documentId, String scope) {
		var response = http.get("/api/uas/" + documentId + "/totals?scope=" + scope);
		if (response.statusCode() != 200) {
			throw new AssertionError("Totals: " + response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body());
	}

	JsonNode read(String body) {
		return json.readTree(body);
	}

	long storedReports() {
		return jdbc.sql("select count(*) from action_report").query(Long.class).single();
	}

	/**
	 * What the running counts should be, recomputed from the history (for checking them).
	 */
	Map<String, Object> recount(long documentId) {
		return jdbc
			.sql("select coalesce(sum(action_count), 0) as actions, count(*) as reports from action_report r "
					+ "where r.document_id = :id and r.counted and not exists "
					+ "(select 1 from action_void v where v.report_id = r.id)")
			.param("id", documentId)
			.query()
			.singleRow();
	}

	static String body(String channel, Long targetId, int count, String country, String email) {
		return "{\"channel\":\"" + channel + "\"" + ((targetId == null) ? "" : ",\"targetId\":" + targetId)
				+ ",\"count\":" + count + ",\"country\":\"" + country + "\""
				+ ((email == null) ? "" : ",\"email\":\"" + email + "\",\"consent\":true") + ",\"note\":\"at "
				+ Instant.now() + "\"}";
	}

}
