package org.urgentaction.action;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activist reports a group's letters through the form in a real browser, and the
 * counter on the page and in the list changes.
 */
@AppTest
class ReportFormBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportingThroughTheFormChangesTheCounter() {
		long caseId = uas.findCaseByNumber("46/19").orElseThrow().id();
		UaDocument doc = uas.thread(caseId).stream().filter(UaDocument::isPublished).findFirst().orElseThrow();
		ReportFixtures fixtures = new ReportFixtures(uas, jdbc, new Http(port));
		long before = fixtures.totals(doc.id(), "case").get("actions").asLong();
		try (Browser browser = new Browser(port)) {
			browser.open(doc.path());
			assertThat(browser.find(".report-actions .action-counter").getText()).isEqualTo(counter(fixtures, doc))
				.doesNotContain("no country");

			browser.find(".report-actions a.button").click();
			waitFor(browser, ExpectedConditions.textToBe(By.tagName("h1"), "I took action"));
			browser.find("input[name=channel][value=LETTER]").click();
			new Select(browser.find("select[name=targetId]")).selectByIndex(1);
			browser.type("input[name=count]", "46");
			new Select(browser.find("select[name=country]")).selectByValue("KZ");
			browser.find("details.more summary").click();
			browser.type("input[name=email]", "school-" + System.nanoTime() + "@example.org");
			browser.find("input[name=consent]").click();
			browser.type("textarea[name=note]", "Our school group <b>wrote</b>");
			browser.find("form.form-grid button[type=submit]").click();

			waitFor(browser, ExpectedConditions.textToBe(By.tagName("h1"), "Thank you for acting"));
			assertThat(fixtures.totals(doc.id(), "case").get("actions").asLong()).isEqualTo(before + 46);
			String counter = counter(fixtures, doc);
			assertThat(browser.text()).contains("Your report is counted.", counter, "reported by");

			browser.open(doc.path());
			assertThat(browser.find(".report-actions .action-counter").getText()).isEqualTo(counter);
			browser.open("/uas?country=Kazakhstan");
			assertThat(browser.find(".ua-card:has(a[href='" + doc.path() + "']) .action-counter").getText())
				.isEqualTo(counter);

			browser.open(ReportFormController.formPath(doc.id()));
			browser.type("input[name=count]", "5000");
			browser.find("form.form-grid button[type=submit]").click();
			waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
			assertThat(browser.text()).contains("Your report was not saved", "This must be between 1 and 1,000.",
					"This field is required.");
			assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSizeGreaterThanOrEqualTo(2);
		}
	}

	private static void waitFor(Browser browser, ExpectedCondition<?> condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(condition);
	}

	private static String counter(ReportFixtures fixtures, UaDocument doc) {
		var totals = fixtures.totals(doc.id(), "case");
		long actions = totals.get("actions").asLong();
		long countries = totals.get("countries").asLong();
		if (actions == 0) {
			return "No actions were reported here.";
		}
		return String.format(java.util.Locale.ENGLISH, "%,d %s from %d %s", actions,
				(actions == 1) ? "action" : "actions", countries, (countries == 1) ? "country" : "countries");
	}

}
