package org.urgentaction.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.section.Sections;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.LiveUa;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activist's first visit to a UA page: they say where they live (a plain form), see
 * their section's version with its copy target and office, and on the next visit the
 * browser remembers it. An activist in France sees the French section's version, one in a
 * country without a section the network's.
 */
@AppTest
class SectionChoiceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sections sections;

	@Test
	void theChosenCountryShowsItsSectionsVersionAndIsRemembered() {
		UaDocument document = LiveUa.publish(uas, LiveUa.uniqueNumber());
		jdbc.sql(
				"""
						insert into section_version (document_id, section_code, copy_targets, note, updated_at, updated_by)
						values (:id, 'US', '[{"title":"Ambassador","name":"H.E. Test Ambassador","organisation":"Embassy of Kazakhstan","addressLines":["1401 16th St NW","Washington DC 20036"],"emails":["washington@mfa.kz"],"copy":true}]',
						  'Members in the United States: please copy the Embassy.', current_timestamp, 'test')
						""")
			.param("id", document.id())
			.update();

		String us = sections.get("US").name();
		String france = sections.get("FR").name();
		try (Browser browser = new Browser(port)) {
			PageChecks checks = new PageChecks(browser);
			checks.viewport(320, 800);
			browser.open(document.path());
			assertThat(browser.find("#section h2").getText()).isEqualTo("Where do you live?");
			assertThat(browser.text()).doesNotContain("H.E. Test Ambassador");
			checks.noSidewaysScroll("country question at 320");
			checks.choicesBesideTheirLabels("country question");
			checks.noSeriousAccessibilityViolations("country question");

			new Select(browser.find("#section-country")).selectByValue("US");
			browser.clickAndWaitForNextPage(browser.find(".section-choice button[type=submit]"));
			assertThat(browser.find("#section h2").getText()).isEqualTo("Your section: " + us);
			assertThat(browser.text()).contains("H.E. Test Ambassador", "Send a copy to",
					"Members in the United States: please copy the Embassy.",
					"After the deadline, or with questions, contact your section", "uan@aiusa.org");
			checks.noSidewaysScroll("section version at 320");
			checks.noSeriousAccessibilityViolations("section version");

			browser.open(document.path());
			assertThat(browser.driver().getCurrentUrl()).endsWith(document.path() + "?country=US");
			assertThat(browser.text()).contains("H.E. Test Ambassador", "Your section: " + us);

			browser.clickAndWaitForNextPage(browser.find("#section a[href*='country=']"));
			new Select(browser.find("#section-country")).selectByValue("FR");
			browser.clickAndWaitForNextPage(browser.find(".section-choice button[type=submit]"));
			assertThat(browser.find("#section h2").getText()).isEqualTo("Your section: " + france);
			assertThat(browser.text()).doesNotContain("H.E. Test Ambassador");
			browser.open(document.path());
			assertThat(browser.text()).contains("Your section: " + france).doesNotContain("H.E. Test Ambassador");

			browser.clickAndWaitForNextPage(browser.find("#section a[href*='country=']"));
			new Select(browser.find("#section-country")).selectByValue("other");
			browser.clickAndWaitForNextPage(browser.find(".section-choice button[type=submit]"));
			assertThat(browser.find(".no-section").getText()).contains("network’s version");
			assertThat(browser.driver().findElements(By.cssSelector(".section-office"))).isEmpty();
		}
	}

}
