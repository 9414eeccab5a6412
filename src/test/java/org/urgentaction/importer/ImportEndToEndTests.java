package org.urgentaction.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.importer.corpus.CorpusFiles;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator uploads a Word document on the review page, corrects the headline, saves
 * the draft, publishes it from the staff pages, and the UA is on the public site.
 */
@AppTest
class ImportEndToEndTests {

	@LocalServerPort
	int port;

	@Test
	void uploadReviewCorrectSavePublishAndFindItOnThePublicSite() throws Exception {
		String text = Files.readString(Path.of("src/test/resources/importer/corpus/2020-egypt-initial.txt"),
				StandardCharsets.UTF_8);
		Path docx = Files.createTempFile("ua-21-20-", ".docx");
		Files.write(docx, CorpusFiles.docx(text));
		try (Browser browser = new Browser(port)) {
			browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
			browser.open("/admin/imports");
			browser.find("input[type=file][name=file]").sendKeys(docx.toAbsolutePath().toString());
			browser.find("form[enctype] button[type=submit]").click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("save-draft")));
			assertThat(browser.find(".extracted-text").getText()).contains("TWO WOMEN JOURNALISTS DETAINED");
			assertThat(browser.find("input[name=uaNumber]").getAttribute("value")).isEqualTo("21/20");
			assertThat(browser.find("input[name='targets[1].name']").getAttribute("value")).isEqualTo("Mahmoud Tawfik");
			assertThat(browser.find(".warning-summary").getText()).contains("Themes:").doesNotContain("themes:");
			browser.type("input[name=title]", "Two journalists held for their reporting");
			browser.find("#save-draft").click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.urlMatches(".*/admin/uas/\\d+$"));
			assertThat(browser.text()).contains("saved as a draft", "Two journalists held for their reporting");
			browser.find("form[action$='/publish'] summary").click();
			browser.find("form[action$='/publish'] button").click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/unpublish']")));
		}
		finally {
			Files.deleteIfExists(docx);
		}
		String list = new Http(port).get("/uas").body();
		assertThat(list).contains("Two journalists held for their reporting", "UA 21/20");
		try (Browser visitor = new Browser(port)) {
			visitor.open("/uas");
			visitor.driver().findElement(By.linkText("Two journalists held for their reporting")).click();
			String page = visitor.text();
			assertThat(page).contains("Mona Adel (she/her)", "Public Prosecutor", "Dear Counsellor,", "Arabic, English",
					"14 April 2020");
		}
	}

}
