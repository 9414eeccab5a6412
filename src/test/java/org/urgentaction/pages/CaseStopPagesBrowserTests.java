package org.urgentaction.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.LiveUa;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.ua.CaseStops;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.SafetyAdvice;
import org.urgentaction.ua.StopReason;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of a stopped case and the page of a UA three days before its deadline (with
 * safety advice), on a phone in English and Arabic: no sideways scroll and no serious
 * accessibility violation. With the system property {@code ua.screenshots} naming a
 * folder, their screenshots are saved there.
 */
@AppTest
class CaseStopPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	CaseStops stops;

	@Test
	void stoppedAndLastDaysPagesWorkOnAPhoneInEnglishAndArabic() throws Exception {
		UaDocument stopped = publish(18);
		stops.stop(stopped.caseId(), StopReason.SAFETY,
				"His family has asked us to stop all action: it could now put him at risk. Thank you for everything you did.",
				"test");
		UaDocument lastDays = publish(3);
		stops.safety(lastDays.caseId(),
				new SafetyAdvice("Do not mention his family's names. If you plan to travel to this country, "
						+ "consider an anonymous action.", true),
				"test");
		String folder = System.getProperty("ua.screenshots");
		try (Browser browser = new Browser(port)) {
			PageChecks checks = new PageChecks(browser);
			Map<String, UaDocument> pages = Map.of("case-stopped", stopped, "three-days-left", lastDays);
			for (Map.Entry<String, UaDocument> page : pages.entrySet()) {
				for (String language : List.of("en", "ar")) {
					String name = page.getKey() + "-390" + ("ar".equals(language) ? "-ar" : "");
					checks.viewport(390, 844);
					browser.open(page.getValue().path() + "?lang=" + language);
					checks.noSidewaysScroll(name);
					checks.noSeriousAccessibilityViolations(name);
					if (folder != null && !folder.isBlank()) {
						shoot(browser, Files.createDirectories(Path.of(folder)).resolve(name + ".png"));
					}
				}
			}
			browser.open(stopped.path() + "?lang=en");
			assertThat(browser.text()).contains("Please take no action on this case")
				.doesNotContain("Download the letter");
			browser.open(lastDays.path() + "?lang=en");
			assertThat(browser.text()).contains("Before you act", "a posted letter would likely arrive too late");
		}
	}

	private UaDocument publish(int daysLeft) {
		UaDocument sample = SampleDocument.of(uas);
		LocalDate today = LocalDate.now();
		List<Target> targets = sample.targets()
			.stream()
			.map((t) -> new Target(null, t.title(), t.name(), t.organisation(), t.addressLines(), t.country(),
					t.emails(), t.faxes(), t.phones(), t.twitter(), t.facebook(), t.salutation(), t.copy()))
			.toList();
		UaDocument draft = new UaDocument(null, null, null, DocumentKind.INITIAL, 0, LiveUa.uniqueNumber(), null,
				sample.country(), today, today.plusDays(daysLeft), sample.title(), sample.summary(), sample.persons(),
				targets, sample.letter(), sample.additionalInformation(), sample.preferredLanguages(), null,
				sample.themes(), null, null, null, 0);
		return uas.publish(uas.createDraft(draft, "test").id(), "test");
	}

	private static void shoot(Browser browser, Path file) throws Exception {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		long height = ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight;")).longValue();
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1)));
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
	}

}
