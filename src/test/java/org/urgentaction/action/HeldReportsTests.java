package org.urgentaction.action;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counted, held, or refused, never inflated: one client adds at most 1,000 actions an
 * hour to a document's public total, whatever it sends; the rest is stored as held, shown
 * to staff, and approved into the totals or voided in bulk by a coordinator.
 */
@AppTest
class HeldReportsTests {

	static final String[] ADMIN = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	ReportBatch batch;

	@Autowired
	PlatformTransactionManager transactionManager;

	Http http;

	ReportFixtures fixtures;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		fixtures = new ReportFixtures(uas, jdbc, http);
		// every test client is 127.0.0.1: start each test with the minute's rate limit
		// unused
		jdbc.sql("delete from action_rate").update();
	}

	@Test
	void reportsOf1000From130RequestsOfOneClientAddAtMost1000AndStaffSeeTheRestAsHeld() {
		UaDocument doc = fixtures.newCase("401/19", true);
		String body = "{\"channel\":\"LETTER\",\"count\":1000,\"country\":\"FR\"}";
		int created = 0;
		int refused = 0;
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 130; i++) {
			HttpResponse<String> response = fixtures.post(doc.id(), body);
			assertThat(response.statusCode()).isIn(201, 429);
			if (response.statusCode() == 201) {
				created++;
				ids.add(fixtures.read(response.body()).get("id").asLong());
			}
			else {
				refused++;
			}
		}
		assertThat(created + refused).isEqualTo(130);
		assertThat(created).isGreaterThan(1);

		JsonNode publicTotals = fixtures.totals(doc.id(), "document");
		assertThat(publicTotals.get("actions").asLong()).isEqualTo(1000);
		assertThat(publicTotals.get("reports").asLong()).isEqualTo(1);
		assertThat(publicTotals.get("reporters").asLong()).isZero();
		assertThat(publicTotals.has("held")).isFalse();
		JsonNode staffTotals = staffTotals(doc, "document");
		assertThat(staffTotals.get("actions").asLong()).isEqualTo(1000);
		assertThat(staffTotals.get("held").asLong()).isEqualTo((created - 1) * 1000L);
		assertThat(staffTotals.get("heldReports").asLong()).isEqualTo(created - 1);
		assertThat(staffTotals(doc, "case").get("held").asLong()).isEqualTo((created - 1) * 1000L);
		assertThat(fixtures.storedReports()).isGreaterThanOrEqualTo(created);
		JsonNode second = fixtures.read(http.get("/api/reports/" + ids.get(1), ADMIN).body());
		assertThat(second.get("held").asBoolean()).isTrue();
		assertThat(second.get("counted").asBoolean()).isFalse();
		jdbc.sql("delete from action_rate").update();
	}

	@Test
	void approvingHeldReportsMovesThemIntoThePublicTotalOnceAndVoidingLeavesThemOut() {
		UaDocument doc = fixtures.newCase("402/19", true);
		fixtures.report(doc.id(), ReportFixtures.body("LETTER", null, 600, "DE", null));
		JsonNode group = fixtures.report(doc.id(), ReportFixtures.body("LETTER", null, 500, "DE", "group@example.org"));
		JsonNode other = fixtures.report(doc.id(), ReportFixtures.body("FAX", null, 700, "AT", null));
		assertThat(group.get("held").asBoolean()).isTrue();
		assertThat(other.get("held").asBoolean()).isTrue();
		assertThat(fixtures.totals(doc.id(), "document").get("actions").asLong()).isEqualTo(600);
		assertThat(staffTotals(doc, "document").get("held").asLong()).isEqualTo(1200);

		long groupId = group.get("id").asLong();
		HttpResponse<String> anonymous = http.postJson("/api/reports/held/approve", "{\"ids\":[" + groupId + "]}");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> approved = http.postJson("/api/reports/held/approve", "{\"ids\":[" + groupId + "]}",
				ADMIN);
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(fixtures.read(approved.body()).get("approved").asInt()).isEqualTo(1);
		assertThat(
				fixtures.read(http.postJson("/api/reports/held/approve", "{\"ids\":[" + groupId + "]}", ADMIN).body())
					.get("approved")
					.asInt())
			.isZero();

		JsonNode totals = fixtures.totals(doc.id(), "document");
		assertThat(totals.get("actions").asLong()).isEqualTo(1100);
		assertThat(totals.get("reports").asLong()).isEqualTo(2);
		assertThat(totals.get("reporters").asLong()).isEqualTo(1);
		assertThat(fixtures.recount(doc.id()).get("actions")).hasToString("1100");
		assertThat(staffTotals(doc, "document").get("held").asLong()).isEqualTo(700);
		assertThat(fixtures.read(http.get("/api/reports/" + groupId, ADMIN).body()).get("counted").asBoolean())
			.isTrue();
		assertThat(audit.forSubject("action_report", groupId))
			.anySatisfy((event) -> assertThat(event.action()).isEqualTo("ACTION_REPORT_APPROVED"));

		assertThat(http.postJson("/api/reports/held/void", "{\"ids\":[" + other.get("id").asLong() + "]}", ADMIN)
			.statusCode()).isEqualTo(422);
		assertThat(http.postJson("/api/reports/held/approve", "{\"ids\":[]}", ADMIN).statusCode()).isEqualTo(422);
		HttpResponse<String> voided = http.postJson("/api/reports/held/void",
				"{\"ids\":[" + other.get("id").asLong() + "],\"reason\":\"one bot\"}", ADMIN);
		assertThat(fixtures.read(voided.body()).get("voided").asInt()).isEqualTo(1);
		assertThat(staffTotals(doc, "document").get("held").asLong()).isZero();
		assertThat(fixtures.totals(doc.id(), "document").get("actions").asLong()).isEqualTo(1100);
	}

	@Test
	void theDashboardListsHeldReportsToApproveOrVoidInBulk() {
		UaDocument doc = fixtures.newCase("403/19", true);
		fixtures.report(doc.id(), ReportFixtures.body("LETTER", null, 1000, "KZ", null));
		List<Long> held = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			held.add(fixtures.report(doc.id(), ReportFixtures.body("EMAIL", null, 10 + i, "KZ", null))
				.get("id")
				.asLong());
		}
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		String dashboard = staff.get("/admin/actions").body();
		for (long id : held) {
			assertThat(dashboard).contains("id=\"held-" + id + "\"");
		}
		HttpResponse<String> approve = staff.post("/admin/actions/held", List.of(Map.entry("ids", "" + held.get(0)),
				Map.entry("ids", "" + held.get(1)), Map.entry("decision", "approve")));
		assertThat(approve.statusCode()).isEqualTo(302);
		assertThat(staff.follow(approve).body()).contains("2 reports approved");
		HttpResponse<String> voided = staff.post("/admin/actions/held",
				List.of(Map.entry("ids", "" + held.get(2)), Map.entry("ids", "" + held.get(3)),
						Map.entry("decision", "void"), Map.entry("reason", "A test from the office")));
		String after = staff.follow(voided).body();
		assertThat(after).contains("2 reports voided").doesNotContain("id=\"held-" + held.get(3) + "\"");
		assertThat(fixtures.totals(doc.id(), "document").get("actions").asLong()).isEqualTo(1000 + 10 + 11);
		assertThat(audit.forSubject("action_report", held.get(3)))
			.anySatisfy((event) -> assertThat(event.details()).contains("A test from the office"));
		HttpResponse<String> nothing = staff.post("/admin/actions/held", Map.of("decision", "approve"));
		assertThat(staff.follow(nothing).body()).contains("Nothing was done");
	}

	@Test
	void anotherAddressWithTheSameCookieOrEmailSharesItsAllowance() {
		UaDocument doc = fixtures.newCase("404/19", true);
		String cookie = ReportRules.reporterKey(null, "0123456789abcdef-cookie");
		String email = ReportRules.reporterKey("same@example.org", null);
		List<BatchOutcome> outcomes = new TransactionTemplate(transactionManager)
			.execute((status) -> batch.store(List.of(report(doc, Channel.LETTER, 900, cookie, cookie, "client-a"),
					report(doc, Channel.FAX, 200, cookie, cookie, "client-b"),
					report(doc, Channel.EMAIL, 900, email, cookie, "client-c"),
					report(doc, Channel.PHONE, 900, email, null, "client-d"),
					report(doc, Channel.OTHER, 101, null, null, "client-a"))));
		assertThat(outcomes).extracting((o) -> ((BatchOutcome.Stored) o).report().held())
			.containsExactly(false, true, true, false, true);
	}

	@Test
	void theApiSetsTheReporterCookieAndReportsWithoutOneAreNoPeople() {
		UaDocument doc = fixtures.newCase("405/19", true);
		HttpResponse<String> first = fixtures.post(doc.id(), ReportFixtures.body("PHONE", null, 1, "KZ", null));
		assertThat(first.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith(ReporterCookie.NAME + "=").contains("HttpOnly"));
		fixtures.post(doc.id(), ReportFixtures.body("LETTER", null, 1, "KZ", null));
		String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		fixtures.post(doc.id(), ReportFixtures.body("EMAIL", null, 1, "KZ", null), "Cookie", cookie);
		fixtures.post(doc.id(), ReportFixtures.body("FAX", null, 1, "KZ", null), "Cookie", cookie);
		JsonNode totals = fixtures.totals(doc.id(), "document");
		assertThat(totals.get("actions").asLong()).isEqualTo(4);
		assertThat(totals.get("reporters").asLong()).isEqualTo(1);
	}

	@Test
	void noClientAddressIsStoredAndOldWindowsArePurged(@Autowired ClientKeyPurge purge) {
		UaDocument doc = fixtures.newCase("406/19", true);
		fixtures.report(doc.id(), ReportFixtures.body("LETTER", null, 3, "KZ", null));
		assertThat(
				jdbc.sql("select count(*) from action_rate where bucket like '%127.0.0.1%'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from action_allowance where bucket like 'a:%' and document_id = :id")
			.param("id", doc.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("select count(*) from information_schema.columns where lower(table_name) = "
					+ "'action_report' and lower(column_name) = 'client_address'")
			.query(Long.class)
			.single()).isZero();
		jdbc.sql("update action_allowance set window_start = window_start - interval '61' minute").update();
		purge.purge();
		assertThat(jdbc.sql("select count(*) from action_allowance").query(Long.class).single()).isZero();
	}

	private static NewReport report(UaDocument doc, Channel channel, int count, String reporterKey, String cookieKey,
			String clientKey) {
		return new NewReport(doc.id(), channel, null, count, "KZ", null, false, null, reporterKey, cookieKey, clientKey,
				null);
	}

	private JsonNode staffTotals(UaDocument doc, String scope) {
		HttpResponse<String> response = http.get("/api/uas/" + doc.id() + "/totals?scope=" + scope, ADMIN);
		assertThat(response.statusCode()).isEqualTo(200);
		return fixtures.read(response.body());
	}

}
