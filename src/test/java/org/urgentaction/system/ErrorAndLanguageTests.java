package org.urgentaction.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown addresses get a friendly 404 page, never a stack trace; the language switch
 * accepts only the languages the site has.
 */
@AppTest
class ErrorAndLanguageTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownPageIsA404PageWithoutAStackTrace() {
		Http http = new Http(port);
		for (String path : new String[] { "/no/such/page", "/uas/987654321", "/uas/987654321/slug",
				"/uas/not-a-number" }) {
			HttpResponse<String> response = http.get(path, "Accept", "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).as(path)
				.contains("Page not found", "Go to the list of Urgent Actions")
				.doesNotContain("Exception", "at org.", "Whitelabel", "trace");
		}
	}

	@Test
	void anUnknownApiAddressIsA404Problem() {
		HttpResponse<String> response = new Http(port).get("/api/nothing-here",
				Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void theLanguageSwitchAcceptsOnlySupportedLanguages() {
		Http http = new Http(port);
		HttpResponse<String> french = http.get("/uas?lang=fr");
		assertThat(french.headers().allValues("Set-Cookie")).anySatisfy((c) -> assertThat(c).startsWith("ua-lang=fr"));
		assertThat(french.body()).contains("lang=\"fr\"");
		HttpResponse<String> unknown = http.get("/uas?lang=xx");
		assertThat(unknown.headers().allValues("Set-Cookie")).noneSatisfy((c) -> assertThat(c).startsWith("ua-lang"));
		assertThat(unknown.body()).contains("lang=\"en\"");
		assertThat(http.get("/uas", "Cookie", "ua-lang=de").body()).contains("lang=\"en\"");
		assertThat(http.get("/uas", "Accept-Language", "ar;q=1, en;q=0.5").body()).contains("lang=\"ar\"",
				"dir=\"rtl\"");
	}

}
