package org.urgentaction.action;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
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

	@Test
	void reportingThroughTheFormChangesTheCounter() {
		long caseId = uas.findCaseByNumber("46/19").orElseThrow().id();
		UaDocument doc = uas.thread(caseId).stream().filter(UaDocument::isPublished).findFirst().orElseThrow();
		try (Browser browser = new Browser(port)) {
			browser.open(doc.path());
			assertThat(browser.find(".report-actions .action-counter").getText())
				.isEqualTo("No actions reported yet from no country");

			browser.find(".report-actions a.button").click();
			assertThat(browser.find("h1").getText()).isEqualTo("I took action");
			browser.find("input[name=channel][value=LETTER]").click();
			new Select(browser.find("select[name=targetId]")).selectByIndex(1);
			browser.type("input[name=count]", "46");
			new Select(browser.find("select[name=country]")).selectByValue("KZ");
			browser.type("input[name=email]", "group@example.org");
			browser.find("input[name=consent]").click();
			browser.type("textarea[name=note]", "Our school group <b>wrote</b>");
			browser.find("form.form-grid button[type=submit]").click();

			assertThat(browser.find("h1").getText()).isEqualTo("Thank you for acting");
			assertThat(browser.text()).contains("Your report is counted.", "46 actions from 1 country",
					"reported by 1 person");

			browser.open(doc.path());
			assertThat(browser.find(".report-actions .action-counter").getText())
				.isEqualTo("46 actions from 1 country");
			browser.open("/uas");
			assertThat(browser.find(".ua-card .action-counter").getText()).isEqualTo("46 actions from 1 country");

			browser.open(ReportFormController.formPath(doc.id()));
			browser.type("input[name=count]", "5000");
			browser.find("form.form-grid button[type=submit]").click();
			assertThat(browser.text()).contains("Your report was not saved", "This must be between 1 and 1,000.",
					"This field is required.");
			assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSizeGreaterThanOrEqualTo(2);
		}
	}

}
