package org.urgentaction.action;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Past the limit per client address, reports are refused with 429 and Retry-After and
 * nothing is stored; the limit lives in the database, not in one node's memory.
 */
@AppTest
@TestPropertySource(properties = { "ua.reports.per-address-per-minute=3", "ua.reports.per-ua-per-minute=1000" })
class ReportRateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFourthReportInAMinuteFromOneAddressIs429() {
		Http http = new Http(port);
		ReportFixtures fixtures = new ReportFixtures(uas, jdbc, http);
		UaDocument doc = fixtures.sample();
		jdbc.sql("delete from action_rate").update();
		for (int i = 0; i < 3; i++) {
			assertThat(fixtures.post(doc.id(), ReportFixtures.body("LETTER", null, 1, "KZ", null)).statusCode())
				.isEqualTo(201);
		}
		HttpResponse<String> refused = fixtures.post(doc.id(), ReportFixtures.body("LETTER", null, 1, "KZ", null));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		assertThat(refused.body()).contains("Too many");
		assertThat(fixtures.storedReports()).isEqualTo(3);
		assertThat(fixtures.totals(doc.id(), "document").get("actions").asLong()).isEqualTo(3);
		long hits = jdbc.sql("select sum(hits) from action_rate where bucket like 'address:%'")
			.query(Long.class)
			.single();
		assertThat(hits).isEqualTo(4);
	}

}
