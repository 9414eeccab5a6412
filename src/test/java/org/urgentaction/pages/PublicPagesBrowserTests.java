package org.urgentaction.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.subscriber.SubscriberTokens;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.LiveUa;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages and the staff pages in one headless Chromium, at a small phone (320
 * px), a usual phone (390 px) and a desktop (1280 px): nothing scrolls sideways, options
 * sit beside their labels, axe-core finds no serious WCAG 2.2 AA violation, the call to
 * act is in the first phone screen, and reporting right after downloading a letter works
 * with JavaScript switched off.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTests {

	static final int[] WIDTHS = { 320, 390, 1280 };

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	SubscriberTokens tokens;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	PageChecks checks;

	UaDocument live;

	Map<String, String> publicPages;

	@BeforeAll
	void openTheBrowser() {
		live = LiveUa.publish(uas, LiveUa.uniqueNumber());
		String email = "pages-" + System.nanoTime() + "@example.org";
		jdbc.sql(
				"""
						insert into subscriber (email, country, languages, frequency, everything, status, created_at, updated_at)
						values (:email, 'GB', 'en', 'WEEKLY', true, 'ACTIVE', current_timestamp, current_timestamp)""")
			.param("email", email)
			.update();
		long subscriber = jdbc.sql("select id from subscriber where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		publicPages = new LinkedHashMap<>();
		publicPages.put("home", "/");
		publicPages.put("UA page", live.path());
		publicPages.put("UA page in Arabic", live.path() + "?lang=ar");
		publicPages.put("report form",
				"/uas/" + live.id() + "/reports/new?channel=LETTER&targetId=" + live.targets().get(0).id());
		publicPages.put("thanks", "/uas/" + live.id() + "/reports/thanks?counted=true");
		publicPages.put("subscribe", "/subscribe");
		publicPages.put("manage subscription",
				"/subscriptions/manage/" + tokens.create(SubscriberTokens.Purpose.MANAGE, subscriber));
		browser = new Browser(port);
		checks = new PageChecks(browser);
	}

	@AfterAll
	void closeTheBrowser() {
		browser.close();
	}

	@Test
	void publicPagesFitPhonesAndDesktopsWithOptionsBesideTheirLabels() {
		for (int width : WIDTHS) {
			checks.viewport(width, 844);
			publicPages.forEach((name, path) -> {
				browser.open(path);
				checks.noSidewaysScroll(name + " at " + width);
				checks.choicesBesideTheirLabels(name + " at " + width);
				checks.typedTextRegular(name + " at " + width);
				checks.noSidewaysScrollUnfolded(name + " at " + width);
			});
		}
	}

	@Test
	void publicPagesHaveNoSeriousAccessibilityViolations() {
		for (int width : new int[] { 390, 1280 }) {
			checks.viewport(width, 844);
			publicPages.forEach((name, path) -> {
				browser.open(path);
				checks.noSeriousAccessibilityViolations(name + " at " + width);
			});
		}
	}

	@Test
	void staffPagesFitAPhoneAndHaveNoSeriousAccessibilityViolations() throws IOException {
		checks.viewport(390, 844);
		browser.open("/admin/login");
		checks.noSidewaysScroll("/admin/login");
		checks.noSeriousAccessibilityViolations("/admin/login");
		checks.viewport(1280, 900);
		browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		try {
			List<String> pages = List.of("/admin/uas", "/admin/uas/" + live.id(), "/admin/uas/" + live.id() + "/edit",
					"/admin/uas/new", "/admin/imports", "/admin/imports/bulk", "/admin/mailings", "/admin/actions",
					"/admin/actions/uas/" + live.id(), "/admin/audit", "/admin/staff", "/admin/account",
					"/admin/webhooks");
			checks.viewport(390, 844);
			for (String path : pages) {
				browser.open(path);
				checks.noSidewaysScroll(path);
				checks.choicesBesideTheirLabels(path);
				checks.noSeriousAccessibilityViolations(path);
			}
			browser.open("/admin/imports");
			Path sample = Path.of("src/test/resources/importer/ua-46-19-kazakhstan.txt").toAbsolutePath();
			browser.find("input[type=file]").sendKeys(sample.toString());
			browser.find("form.form-grid button[type=submit]").click();
			wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".extracted-text")));
			checks.noSidewaysScroll("import review");
			checks.noSeriousAccessibilityViolations("import review");
		}
		finally {
			browser.open("/");
			browser.driver().manage().deleteAllCookies();
		}
	}

	@Test
	void onAPhoneTheCallToActIsInTheFirstScreenAndTheWayToReportWithinThree() {
		checks.viewport(390, 844);
		browser.open(live.path());
		double button = checks.top(".cta .button");
		double height = browser.find(".cta .button").getSize().getHeight();
		assertThat(button).isPositive();
		assertThat(button + height).as("bottom of Take action").isLessThanOrEqualTo(844);
		assertThat(checks.top(".did-you-send a")).as("first way to report").isPositive().isLessThanOrEqualTo(3 * 844);
	}

	@Test
	void reportingRightAfterALetterDownloadWorksWithoutJavaScript() throws Exception {
		checks.viewport(390, 844);
		ChromeDriver driver = (ChromeDriver) browser.driver();
		long target = live.targets().get(0).id();
		long before = reports(live);
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			// the Arabic page visited before left its language remembered
			browser.open(live.path() + "?lang=en");
			browser.type("#name-sender", "Amina Diallo");
			browser.type("#city-sender", "75011 Paris");
			browser.find("#act-" + target + " .download-letter").click();
			Path pdf = awaitDownload(browser.downloads());
			assertThat(Files.size(pdf)).isPositive();

			browser.find("#act-" + target + " a.report-letter").click();
			wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-summary")));
			assertThat(browser.find(".report-summary").getText()).contains("Your letter to");
			assertThat(browser.find("input[name=channel][value=LETTER]").isSelected()).isTrue();
			assertThat(new Select(browser.find("select[name=targetId]")).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo(String.valueOf(target));
			new Select(browser.find("select[name=country]")).selectByValue("FR");
			browser.find("form.form-grid button[type=submit]").click();
			wait(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you for acting"));
			assertThat(reports(live)).isEqualTo(before + 1);
			assertThat(browser.text()).contains("Your report is counted.", "Act on another Urgent Action",
					"Hear what happens next", "Ask a friend to act too");

			browser.open(live.path());
			browser.find("#act-" + target + " a.report-letter").click();
			wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-summary")));
			assertThat(new Select(browser.find("select[name=country]")).getFirstSelectedOption().getAttribute("value"))
				.as("the country of the last report: the next report takes one tap")
				.isEqualTo("FR");
		}
		finally {
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	private long reports(UaDocument document) {
		return jdbc.sql("select count(*) from action_report where case_id = :caseId")
			.param("caseId", document.caseId())
			.query(Long.class)
			.single();
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(condition);
	}

	private static Path awaitDownload(Path folder) throws IOException, InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			try (Stream<Path> files = Files.list(folder)) {
				Optional<Path> pdf = files.filter((file) -> file.toString().endsWith(".pdf")).findFirst();
				if (pdf.isPresent() && Files.size(pdf.get()) > 0) {
					return pdf.get();
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No PDF downloaded into " + folder);
	}

}
