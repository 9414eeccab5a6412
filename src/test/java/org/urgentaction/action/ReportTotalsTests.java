package org.urgentaction.action;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals after a mix of reports, a group report, a repeat within the duplicate window, a
 * repeated idempotency key and a voided report; a case adds up its documents. Each test
 * works on a case of its own.
 */
@AppTest
class ReportTotalsTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AuditLog audit;

	ReportFixtures fixtures;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		fixtures = new ReportFixtures(uas, jdbc, http);
	}

	@Test
	void aMixOfReportsAddsUpByChannelTargetCountryAndDay() {
		UaDocument doc = fixtures.newCase("101/19", true);
		long target = doc.targets().get(0).id();
		JsonNode group = fixtures.report(doc.id(),
				ReportFixtures.body("LETTER", target, 46, "de", "group@example.org"));
		assertThat(group.get("count").asInt()).isEqualTo(46);
		assertThat(group.get("counted").asBoolean()).isTrue();
		assertThat(group.get("country").asString()).isEqualTo("DE");
		assertThat(group.has("email")).isFalse();
		fixtures.report(doc.id(), ReportFixtures.body("email", null, 1, "KZ", null));
		fixtures.report(doc.id(), ReportFixtures.body("FAX", target, 2, "FR", "fax@example.org"));
		fixtures.report(doc.id(), ReportFixtures.body("SOCIAL", null, 3, "DE", "group@example.org"));

		JsonNode totals = fixtures.totals(doc.id(), "document");
		assertThat(totals.get("actions").asLong()).isEqualTo(52);
		assertThat(totals.get("reports").asLong()).isEqualTo(4);
		// the report without email or cookie counts its action but no person
		// (docs/reporting.md)
		assertThat(totals.get("reporters").asLong()).isEqualTo(2);
		assertThat(totals.get("countries").asInt()).isEqualTo(3);
		assertThat(totals.get("byChannel").get("LETTER").asLong()).isEqualTo(46);
		assertThat(totals.get("byChannel").get("EMAIL").asLong()).isEqualTo(1);
		assertThat(totals.get("byChannel").get("FAX").asLong()).isEqualTo(2);
		assertThat(totals.get("byChannel").get("SOCIAL").asLong()).isEqualTo(3);
		assertThat(totals.get("byCountry").get("DE").asLong()).isEqualTo(49);
		assertThat(totals.get("byTarget").get(Long.toString(target)).asLong()).isEqualTo(48);
		assertThat(totals.get("byTarget").get("none").asLong()).isEqualTo(4);
		String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
		assertThat(totals.get("byDay").get(today).asLong()).isEqualTo(52);
		assertThat(fixtures.recount(doc.id()).get("actions")).hasToString("52");
	}

	@Test
	void aRepeatWithin24HoursIsStoredButNotCountedTwice() {
		UaDocument doc = fixtures.newCase("102/19", true);
		long target = doc.targets().get(0).id();
		String letter = ReportFixtures.body("LETTER", target, 5, "GB", "Repeat@Example.org");
		assertThat(fixtures.report(doc.id(), letter).get("counted").asBoolean()).isTrue();
		clock.advance(Duration.ofHours(23));
		JsonNode repeat = fixtures.report(doc.id(),
				ReportFixtures.body("LETTER", target, 5, "GB", "repeat@example.org"));
		assertThat(repeat.get("counted").asBoolean()).isFalse();
		JsonNode otherChannel = fixtures.report(doc.id(),
				ReportFixtures.body("EMAIL", target, 1, "GB", "repeat@example.org"));
		assertThat(otherChannel.get("counted").asBoolean()).isTrue();
		JsonNode otherTarget = fixtures.report(doc.id(),
				ReportFixtures.body("LETTER", null, 1, "GB", "repeat@example.org"));
		assertThat(otherTarget.get("counted").asBoolean()).isTrue();
		String cookie = "ua-reporter=0123456789abcdef0123";
		assertThat(fixtures.report(doc.id(), ReportFixtures.body("PHONE", null, 1, "GB", null), "Cookie", cookie)
			.get("counted")
			.asBoolean()).isTrue();
		assertThat(fixtures.report(doc.id(), ReportFixtures.body("PHONE", null, 1, "GB", null), "Cookie", cookie)
			.get("counted")
			.asBoolean()).isFalse();

		JsonNode totals = fixtures.totals(doc.id(), "document");
		assertThat(totals.get("actions").asLong()).isEqualTo(8);
		assertThat(totals.get("reports").asLong()).isEqualTo(4);
		assertThat(totals.get("reporters").asLong()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from action_report where document_id = :id")
			.param("id", doc.id())
			.query(Long.class)
			.single()).isEqualTo(6);

		clock.advance(Duration.ofHours(2));
		assertThat(fixtures.report(doc.id(), letter).get("counted").asBoolean()).isTrue();
		assertThat(fixtures.totals(doc.id(), "document").get("actions").asLong()).isEqualTo(13);
	}

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstResultAndCountsNothing() {
		UaDocument doc = fixtures.newCase("103/19", true);
		var first = fixtures.post(doc.id(), ReportFixtures.body("LETTER", null, 46, "KZ", null), "Idempotency-Key",
				"k-1");
		var second = fixtures.post(doc.id(), ReportFixtures.body("FAX", null, 3, "FR", null), "Idempotency-Key", "k-1");
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		JsonNode a = fixtures.read(first.body());
		JsonNode b = fixtures.read(second.body());
		assertThat(b.get("id").asLong()).isEqualTo(a.get("id").asLong());
		assertThat(b.get("count").asInt()).isEqualTo(46);
		JsonNode totals = fixtures.totals(doc.id(), "document");
		assertThat(totals.get("actions").asLong()).isEqualTo(46);
		assertThat(totals.get("reports").asLong()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from action_report where document_id = :id")
			.param("id", doc.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aVoidedReportLeavesTheTotalsAndStaysInTheHistory() {
		UaDocument doc = fixtures.newCase("104/19", true);
		JsonNode keep = fixtures.report(doc.id(), ReportFixtures.body("LETTER", null, 46, "KZ", "a@example.org"));
		JsonNode wrong = fixtures.report(doc.id(), ReportFixtures.body("EMAIL", null, 900, "US", "b@example.org"));
		String[] admin = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		assertThat(http.postJson("/api/reports/" + wrong.get("id").asLong() + "/void", "{\"reason\":\"\"}", admin)
			.statusCode()).isEqualTo(422);
		assertThat(http.postJson("/api/reports/" + wrong.get("id").asLong() + "/void", "{\"reason\":\"spam\"}")
			.statusCode()).isEqualTo(401);
		var voided = http.postJson("/api/reports/" + wrong.get("id").asLong() + "/void",
				"{\"reason\":\"A test by a volunteer\"}", admin);
		assertThat(voided.statusCode()).isEqualTo(200);
		assertThat(fixtures.read(voided.body()).get("voided").asBoolean()).isTrue();
		assertThat(http.postJson("/api/reports/" + wrong.get("id").asLong() + "/void", "{\"reason\":\"again\"}", admin)
			.statusCode()).isEqualTo(422);

		JsonNode totals = fixtures.totals(doc.id(), "document");
		assertThat(totals.get("actions").asLong()).isEqualTo(46);
		assertThat(totals.get("reporters").asLong()).isEqualTo(1);
		assertThat(totals.get("byChannel").has("EMAIL")).isFalse();
		assertThat(totals.get("byCountry").has("US")).isFalse();
		assertThat(totals.get("countries").asInt()).isEqualTo(1);
		var history = http.get("/api/reports/" + wrong.get("id").asLong(), admin);
		assertThat(fixtures.read(history.body()).get("count").asInt()).isEqualTo(900);
		assertThat(audit.forSubject("action_report", wrong.get("id").asLong()))
			.anySatisfy((event) -> assertThat(event.details()).contains("A test by a volunteer"));
		assertThat(keep.get("counted").asBoolean()).isTrue();
	}

	@Test
	void theTotalsOfACaseAddUpItsDocuments() {
		UaDocument first = fixtures.newCase("105/19", true);
		UaDocument update = fixtures.followUp(first);
		fixtures.report(first.id(), ReportFixtures.body("LETTER", null, 10, "KZ", "same@example.org"));
		fixtures.report(update.id(), ReportFixtures.body("LETTER", null, 7, "DE", "same@example.org"));
		fixtures.report(update.id(), ReportFixtures.body("PHONE", null, 1, "KZ", null));
		assertThat(fixtures.totals(first.id(), "document").get("actions").asLong()).isEqualTo(10);
		JsonNode wholeCase = fixtures.totals(first.id(), "case");
		assertThat(wholeCase.get("actions").asLong()).isEqualTo(18);
		// the phone call without email or cookie is no person (docs/reporting.md)
		assertThat(wholeCase.get("reporters").asLong()).isEqualTo(1);
		assertThat(wholeCase.get("byCountry").get("KZ").asLong()).isEqualTo(11);
		assertThat(fixtures.totals(update.id(), "case").get("actions").asLong()).isEqualTo(18);
	}

}
