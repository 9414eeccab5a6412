package org.urgentaction.action;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.PageForms;
import org.urgentaction.ua.CaseStops;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.SafetyAdvice;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's safety advice stands above the ways to act; where reports are best anonymous
 * the form asks for no address and the server keeps none, even when one is sent.
 */
@AppTest
class SafetyAdviceTests {

	private static final String ADVICE = "Do not mention the family's names.";

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Autowired
	CaseStops stops;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdviceStandsAboveTheActionsAndAnonymousReportsKeepNoAddress() {
		UaDocument ua = publish("631/07");
		stops.safety(ua.caseId(), new SafetyAdvice(ADVICE, true), "test");
		Http http = new Http(port);

		String page = http.get(ua.path()).body();
		assertThat(page).contains("Do not mention the family&#39;s names.");
		assertThat(page.indexOf("safety-advice")).isPositive().isLessThan(page.indexOf("id=\"take-action\""));
		String form = http.get("/uas/" + ua.id() + "/reports/new").body();
		assertThat(form).doesNotContain("name=\"email\"", "name=\"consent\"").contains("we ask for no email address");

		String address = "anonymous-" + System.nanoTime() + "@example.org";
		assertThat(PageForms
			.submit(http, "/uas/" + ua.id() + "/reports/new", "/uas/" + ua.id() + "/reports", "channel", "LETTER",
					"count", "1", "country", "GB", "email", address, "consent", "true")
			.statusCode()).isEqualTo(302);
		assertThat(http
			.postJson("/api/uas/" + ua.id() + "/reports",
					"{\"channel\":\"EMAIL\",\"count\":1,"
							+ "\"country\":\"GB\",\"email\":\"" + address + "\",\"consent\":true}")
			.statusCode()).isEqualTo(201);

		assertThat(jdbc.sql("select count(*) from action_report where case_id = :c")
			.param("c", ua.caseId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from action_report where case_id = :c and (email is not null or consent)")
			.param("c", ua.caseId())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from subscriber where email = :e")
			.param("e", address)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void withoutAdviceTheFormAsksForAnAddressAsBefore() {
		UaDocument ua = publish("632/07");
		Http http = new Http(port);

		assertThat(http.get(ua.path()).body()).doesNotContain("safety-advice");
		assertThat(http.get("/uas/" + ua.id() + "/reports/new").body()).contains("name=\"email\"");
	}

	private UaDocument publish(String number) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Target target = new Target(null, "Minister of the Interior", "A. Minister", null, List.of("1 Main Street"),
				"Belarus", List.of("minister@example.org"), List.of(), List.of(), List.of(), List.of(), "Dear Minister",
				false);
		UaDocument draft = new UaDocument(null, null, null, DocumentKind.INITIAL, 0, number, null, "Belarus", today,
				today.plusDays(20), "Activist detained", "An activist is held in Belarus.", List.of(), List.of(target),
				"Dear Minister, release him.", null, List.of(), null, List.of(), null, null, null, 0);
		return service.publish(service.createDraft(draft, "test").id(), "test");
	}

}
