package org.urgentaction.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language follows the browser's preferences in order, an explicit choice overrides
 * them, and every page links its versions in every language.
 */
@AppTest
class LanguageChoiceTests {

	@LocalServerPort
	int port;

	@Test
	void theFirstOfTheBrowsersLanguagesWeHaveIsUsed() {
		Http http = new Http(port);
		assertThat(http.get("/uas", "Accept-Language", "de-DE, de;q=0.9, ru;q=0.8, en;q=0.5").body())
			.contains("lang=\"ru\"", "Срочные акции");
		assertThat(http.get("/uas", "Accept-Language", "zh-TW, zh;q=0.9").body()).contains("lang=\"zh\"", "紧急行动");
		assertThat(http.get("/uas", "Accept-Language", "de").body()).contains("lang=\"en\"");
	}

	@Test
	void aChosenLanguageOverridesTheBrowsers() {
		Http http = new Http(port);
		HttpResponse<String> chosen = http.get("/uas?lang=zh", "Accept-Language", "fr");
		assertThat(chosen.body()).contains("lang=\"zh\"");
		assertThat(chosen.headers().allValues("Set-Cookie")).anySatisfy((c) -> assertThat(c).startsWith("ua-lang=zh"));
		assertThat(http.get("/uas", "Accept-Language", "fr", "Cookie", "ua-lang=es").body()).contains("lang=\"es\"");
	}

	@Test
	void everyPageLinksItsVersionsInEveryLanguage() {
		String page = new Http(port).get("/uas?country=Kazakhstan&lang=fr").body();
		for (String language : SupportedLocales.LANGUAGES) {
			assertThat(page).contains("<link rel=\"alternate\" hreflang=\"" + language + "\" href=\"http://localhost:8080/uas?country=Kazakhstan&amp;lang=" + language + "\">");
		}
		assertThat(page).contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost:8080/uas?country=Kazakhstan\">");
		assertThat(new Http(port).get("/no/such/page", "Accept", "text/html").body()).contains("hreflang=\"ar\"");
	}

}
