package org.urgentaction.analytics;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.UaService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outcomes across cases, from a fixture of cases with known dates and outcomes: the API's
 * counts and median, the filters, the public impact page without JavaScript and with no
 * serious accessibility violation, and the staff page.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeAnalyticsTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JsonMapper json;

	OutcomeFixtures fixtures;

	@BeforeAll
	void casesWithKnownOutcomes() {
		fixtures = new OutcomeFixtures(uas);
		// 30, 90, 10 and 20 days from the first UA to the outcome: median 25
		fixtures.closedCase(LocalDate.of(2020, 1, 1), OutcomeType.RELEASED, LocalDate.of(2020, 1, 31), true);
		fixtures.closedCase(LocalDate.of(2020, 2, 1), OutcomeType.CHARGES_DROPPED, LocalDate.of(2020, 5, 1), true);
		fixtures.closedCase(LocalDate.of(2020, 3, 1), OutcomeType.RELEASED, LocalDate.of(2020, 3, 11), false);
		fixtures.closedCase(LocalDate.of(2020, 6, 1), OutcomeType.OTHER, LocalDate.of(2020, 6, 21), false);
		fixtures.closedCase(LocalDate.of(2020, 4, 1), null, null, false);
		fixtures.draftCase(LocalDate.of(2020, 4, 2));
	}

	@Test
	void theApiCountsPublishedCasesAndTheirOutcomesWithTheMedian() {
		JsonNode all = outcomes("");
		assertThat(all.get("cases").asLong()).isEqualTo(5);
		assertThat(all.get("closed").asLong()).isEqualTo(4);
		assertThat(all.get("byOutcome").get("RELEASED").asLong()).isEqualTo(2);
		assertThat(all.get("byOutcome").get("CHARGES_DROPPED").asLong()).isEqualTo(1);
		assertThat(all.get("byOutcome").get("OTHER").asLong()).isEqualTo(1);
		assertThat(all.get("byOutcome").get("EXECUTED").asLong()).isZero();
		assertThat(all.get("medianDaysToOutcome").asDouble()).isEqualTo(25.0);
		assertThat(all.get("byCountry").get(fixtures.country).get("cases").asLong()).isEqualTo(5);
		assertThat(all.get("byCountry").get(fixtures.country).get("closed").asLong()).isEqualTo(4);
		assertThat(all.get("byTheme").get(fixtures.theme).get("cases").asLong()).isEqualTo(2);
		assertThat(all.get("byTheme").get(fixtures.theme).get("byOutcome").get("RELEASED").asLong()).isEqualTo(1);

		JsonNode spring = outcomes("&from=2020-02-01&to=2020-04-30");
		assertThat(spring.get("cases").asLong()).isEqualTo(3);
		assertThat(spring.get("closed").asLong()).isEqualTo(2);
		assertThat(spring.get("medianDaysToOutcome").asDouble()).isEqualTo(50.0);

		JsonNode themed = outcomes("&theme=" + fixtures.theme.toUpperCase());
		assertThat(themed.get("cases").asLong()).isEqualTo(2);
		assertThat(themed.get("medianDaysToOutcome").asDouble()).isEqualTo(60.0);

		JsonNode open = outcomes("&from=2020-04-01&to=2020-04-30");
		assertThat(open.get("cases").asLong()).isEqualTo(1);
		assertThat(open.get("medianDaysToOutcome").isNull()).isTrue();
	}

	@Test
	void badParametersAreProblemsNotErrors() {
		Http http = new Http(port);
		assertThat(http.get("/api/analytics/outcomes?from=1%20May").statusCode()).isEqualTo(400);
		HttpResponse<String> reversed = http.get("/api/analytics/outcomes?from=2020-05-01&to=2020-01-01");
		assertThat(reversed.statusCode()).isEqualTo(422);
		assertThat(json.readTree(reversed.body()).get("errors").get(0).get("field").asString()).isEqualTo("to");
		HttpResponse<String> page = http.get("/impact?from=yesterday");
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("Write the date as YYYY-MM-DD.");
	}

	@Test
	void theImpactPageIsDrawnOnTheServer() {
		HttpResponse<String> page = new Http(port).get("/impact?country=" + enc(fixtures.country));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("Our impact", "<svg", "class=\"chart-bar\"", "class=\"chart-bar-second\"",
					"Cases opened and closed per month", "<dd class=\"figure-cases\">5</dd>",
					"<dd class=\"figure-closed\">4</dd>", "<dd class=\"figure-median\">25.0</dd>")
			.doesNotContain("style=\"");
		assertThat(page.body())
			.containsPattern("id=\"outcome-RELEASED\">\\s*<th scope=\"row\">Released</th><td>2</td>");
		assertThat(new Http(port).get("/impact?country=" + enc(fixtures.country) + "&lang=fr").body())
			.contains("Notre impact", "Libération");
	}

	@Test
	void theImpactPageHasNoSeriousAccessibilityViolation() throws IOException {
		try (Browser browser = new Browser(port)) {
			browser.open("/impact?country=" + enc(fixtures.country));
			assertThat(browser.text()).contains("Our impact");
			assertThat(Axe.violations(browser)).filteredOn(Axe.Violation::serious).isEmpty();
			for (int width : new int[] { 320, 390 }) {
				((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand(
						"Emulation.setDeviceMetricsOverride",
						java.util.Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", true));
				browser.open("/impact?country=" + enc(fixtures.country));
				Object wide = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
						const width = document.documentElement.clientWidth;
						return [...document.querySelectorAll('body *')]
						  .filter((e) => e.getBoundingClientRect().right > width + 1)
						  .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
						  .slice(0, 10);
						""");
				assertThat((java.util.List<?>) wide).as("wider than %d px", width).isEmpty();
			}
		}
	}

	@Test
	void staffSeeTheFiguresOnTheirAnalyticsPage() {
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		HttpResponse<String> page = staff.get("/admin/analytics?country=" + enc(fixtures.country));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Outcomes across cases", "<dd class=\"figure-cases\">5</dd>",
				"href=\"/admin/analytics\"");
	}

	private JsonNode outcomes(String more) {
		HttpResponse<String> response = new Http(port)
			.get("/api/analytics/outcomes?country=" + enc(fixtures.country) + more);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
