package org.urgentaction.action;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.subscriber.SubscriberDirectory;
import org.urgentaction.subscriber.SubscriberTokens;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.PageForms;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports made with an address are in its data export and lose the address (and
 * everything that leads back to it) on "delete my data", while the totals stay.
 */
@AppTest
class ReportPersonalDataTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubscriberDirectory directory;

	@Autowired
	SubscriberTokens tokens;

	@Test
	void theDataExportListsTheReportsOfTheAddressAndDeletingMyDataErasesIt() {
		Http http = new Http(port);
		ReportFixtures fixtures = new ReportFixtures(uas, jdbc, http);
		UaDocument doc = fixtures.newCase("410/19", true);
		long withConsent = fixtures.report(doc.id(), ReportFixtures.body("LETTER", null, 3, "KZ", "Mine@Example.org"))
			.get("id")
			.asLong();
		long without = fixtures
			.report(doc.id(), "{\"channel\":\"FAX\",\"count\":2,\"country\":\"KZ\",\"email\":\"mine@example.org\"}")
			.get("id")
			.asLong();
		assertThat(jdbc.sql("select count(*) from action_report where id = :id and email is null")
			.param("id", without)
			.query(Long.class)
			.single()).isEqualTo(1);
		JsonNode before = fixtures.totals(doc.id(), "document");

		long subscriber = directory.idForEmail("mine@example.org").orElseThrow();
		String data = "/subscriptions/data/" + tokens.create(SubscriberTokens.Purpose.DATA, subscriber);
		HttpResponse<String> export = http.get(data + "/export.json");
		assertThat(export.statusCode()).isEqualTo(200);
		JsonNode reports = fixtures.read(export.body()).get("reports").get("reports");
		assertThat(reports).hasSize(2);
		assertThat(export.body()).contains("Mine@Example.org", "410/19");

		HttpResponse<String> deleted = PageForms.submit(http, data, data + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(jdbc
			.sql("select count(*) from action_report where id in (:ids) and email is null and note is null "
					+ "and reporter_key like 'erased-%'")
			.param("ids", java.util.List.of(withConsent, without))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc
			.sql("select count(*) from action_report where lower(email) = 'mine@example.org' or "
					+ "reporter_key = :key")
			.param("key", ReportRules.reporterKey("mine@example.org", null))
			.query(Long.class)
			.single()).isZero();
		JsonNode after = fixtures.totals(doc.id(), "document");
		assertThat(after.get("actions")).isEqualTo(before.get("actions"));
		assertThat(after.get("reporters")).isEqualTo(before.get("reporters"));
	}

}
