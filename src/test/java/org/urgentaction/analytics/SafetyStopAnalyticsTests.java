package org.urgentaction.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;
import org.urgentaction.ua.CaseStops;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.StopReason;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case whose action stopped for the person's safety is left out of the public figures
 * (the API and /impact); staff still count it.
 */
@AppTest
class SafetyStopAnalyticsTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	CaseStops stops;

	@Test
	void publicFiguresLeaveOutCasesStoppedForSafety() {
		OutcomeFixtures fixtures = new OutcomeFixtures(uas);
		fixtures.closedCase(LocalDate.of(2021, 1, 1), OutcomeType.RELEASED, LocalDate.of(2021, 2, 1), false);
		UaDocument endangered = fixtures.closedCase(LocalDate.of(2021, 3, 1), null, null, false);
		UaDocument otherStop = fixtures.closedCase(LocalDate.of(2021, 4, 1), null, null, false);
		stops.stop(endangered.caseId(), StopReason.SAFETY, "Action could now harm him.", "test");
		stops.stop(otherStop.caseId(), StopReason.OTHER, "The campaign moved on.", "test");
		String country = URLEncoder.encode(fixtures.country, StandardCharsets.UTF_8);

		assertThat(new Http(port).get("/api/analytics/outcomes?country=" + country).body()).contains("\"cases\":2");
		assertThat(new Http(port).get("/impact?country=" + country).body())
			.contains("<dd class=\"figure-cases\">2</dd>");
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		assertThat(staff.get("/admin/analytics?country=" + country).body())
			.contains("<dd class=\"figure-cases\">3</dd>");
	}

}
