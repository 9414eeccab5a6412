package org.urgentaction.ua;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a coordinator publishes a document with two targets, an anonymous
 * visitor finds and opens it, and the next document of the case appears in its thread.
 */
@AppTest
class CoordinatorEndToEndTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aCoordinatorPublishesAndAVisitorFindsTheCaseThread() {
		String word = "Kestrel" + UUID.randomUUID().toString().substring(0, 6);
		String number = DocumentForms.uniqueNumber();
		browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/uas");

		navigate(browser.find("a[href='/admin/uas/new']"));
		browser.type("[name=uaNumber]", number);
		browser.type("[name=aiIndex]", "ASA 16/0001/2025");
		browser.type("[name=country]", "Myanmar");
		date("[name=issueDate]", "2025-02-03");
		date("[name=deadline]", "2025-03-17");
		browser.type("[name=title]", "Student activist " + word + " detained");
		browser.type("[name=summary]", "A student activist was detained after a peaceful protest.");
		browser.type("[name='persons[0].name']", "Thura Example");
		browser.type("[name='persons[0].pronouns']", "he/him");
		fillTarget(0, "Commander-in-Chief", "commander@example.org", "Dear Commander-in-Chief");
		navigate(browser.find("button[value=addTarget]"));
		assertThat(browser.find("[name='targets[0].title']").getAttribute("value")).isEqualTo("Commander-in-Chief");
		fillTarget(1, "Ambassador", "embassy@example.org", "Dear Ambassador");
		browser.type("[name=letter]", "Dear Commander-in-Chief,\nRelease Thura Example now.\nYours sincerely,");
		browser.type("[name=preferredLanguages]", "Burmese\nEnglish");
		browser.type("[name=themes]", "students");
		navigate(browser.find("button[value=save]"));

		waitFor("The document was saved.");
		assertThat(browser.text()).contains("Student activist " + word + " detained");
		String staffView = browser.driver().getCurrentUrl();
		browser.find("form[action$='/publish'] summary").click();
		navigate(browser.find("form[action$='/publish'] button"));
		waitFor("The document is published.");

		logOut();
		browser.open("/uas");
		browser.type("input[name=q]", word);
		navigate(browser.find("form.filters button[type=submit]"));
		List<WebElement> found = browser.driver().findElements(By.cssSelector(".ua-card h2 a"));
		assertThat(found).hasSize(1);
		navigate(found.get(0));
		String page = browser.text();
		assertThat(page).contains("Student activist " + word + " detained", "Thura Example (he/him)",
				"Commander-in-Chief", "commander@example.org", "Dear Commander-in-Chief", "Ambassador",
				"embassy@example.org", "Dear Ambassador", "Release Thura Example now.", "Burmese, English",
				"17 March 2025");
		String firstPage = browser.driver().getCurrentUrl();

		browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		browser.driver().get(staffView);
		navigate(browser.find("a[href$='/next']"));
		assertThat(browser.find("[name=uaNumber]").getAttribute("value")).isEqualTo(number);
		assertThat(browser.find("[name=sequence]").getAttribute("value")).isEqualTo("2");
		assertThat(browser.find("[name='targets[1].title']").getAttribute("value")).isEqualTo("Ambassador");
		browser.type("[name=title]", "Student activist " + word + " released on bail");
		navigate(browser.find("button[value=save]"));
		browser.find("form[action$='/publish'] summary").click();
		navigate(browser.find("form[action$='/publish'] button"));
		waitFor("The document is published.");
		String secondPage = browser.find("a[href^='/uas/']").getAttribute("href");
		assertThat(secondPage).isNotEqualTo(firstPage);

		logOut();
		browser.driver().get(secondPage);
		List<String> thread = browser.driver()
			.findElements(By.cssSelector("section.thread li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(thread).hasSize(2);
		assertThat(thread.get(0)).contains("Second UA", "released on bail");
		assertThat(thread.get(1)).contains("detained");
		navigate(browser.find("section.thread li:nth-child(2) a"));
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(firstPage);
	}

	private void fillTarget(int index, String title, String email, String salutation) {
		String prefix = "[name='targets[" + index + "].";
		browser.type(prefix + "title']", title);
		browser.type(prefix + "name']", "Name of " + title);
		browser.type(prefix + "addressLines']", "1 Main Road\nNay Pyi Taw");
		browser.type(prefix + "country']", "Myanmar");
		browser.type(prefix + "emails']", email);
		browser.type(prefix + "faxes']", "+95 67 000 00" + index);
		browser.type(prefix + "phones']", "+95 67 111 11" + index);
		browser.type(prefix + "twitter']", "@target" + index);
		browser.type(prefix + "facebook']", "target.page." + index);
		browser.type(prefix + "salutation']", salutation);
	}

	/**
	 * Date inputs take typed keys in the browser's display format; the value is set
	 * directly instead, as a date picker would.
	 */
	private void date(String css, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css),
				isoDate);
	}

	/**
	 * Clicks and waits until the browser has left the page.
	 */
	private void navigate(WebElement element) {
		browser.clickAndWaitForNextPage(element);
	}

	private void waitFor(String text) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.tagName("body")).getText().contains(text));
	}

	private void logOut() {
		navigate(browser.find("nav.admin-nav form button"));
	}

}
