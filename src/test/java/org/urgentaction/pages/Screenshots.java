package org.urgentaction.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.Http;
import org.urgentaction.support.LiveUa;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Full-page screenshots of the home, the UA page, the report form and the thank-you page of a live
 * UA (at 390 px also in Arabic and Chinese) for {@code docs/screenshots}: run by {@code docs/screenshots/take}, which sets the
 * system property {@code ua.screenshots} to the folder. Without it this does nothing.
 */
@AppTest
class Screenshots {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Test
	void takeThem() throws Exception {
		String folder = System.getProperty("ua.screenshots");
		Assumptions.assumeTrue(folder != null && !folder.isBlank(), "ua.screenshots names the folder");
		Path target = Files.createDirectories(Path.of(folder));
		UaDocument live = LiveUa.publish(uas, LiveUa.uniqueNumber());
		Http http = new Http(port);
		for (String country : new String[] { "FR", "KZ", "BR" }) {
			http.postJson("/api/uas/" + live.id() + "/reports",
					"{\"channel\": \"LETTER\", \"count\": 12, \"country\": \"" + country + "\"}");
		}
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("ua-page", live.path());
		pages.put("report-form",
				"/uas/" + live.id() + "/reports/new?channel=LETTER&targetId=" + live.targets().get(0).id());
		pages.put("thanks", "/uas/" + live.id() + "/reports/thanks?counted=true");
		try (Browser browser = new Browser(port)) {
			for (int width : new int[] { 390, 1280 }) {
				for (Map.Entry<String, String> page : pages.entrySet()) {
					shoot(browser, page.getValue(), width, target.resolve(page.getKey() + "-" + width + ".png"));
				}
			}
			for (String language : new String[] { "ar", "zh" }) {
				for (Map.Entry<String, String> page : pages.entrySet()) {
					shoot(browser, page.getValue() + (page.getValue().contains("?") ? "&" : "?") + "lang=" + language,
							390, target.resolve(page.getKey() + "-390-" + language + ".png"));
				}
			}
		}
	}

	private static void shoot(Browser browser, String path, int width, Path file) throws Exception {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", width < 800));
		browser.open(path);
		long height = ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight;")).longValue();
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
	}

}
