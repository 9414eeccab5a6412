package org.urgentaction.ua;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample UA 46/19 is loaded into an empty database and every field of it is shown.
 */
@AppTest
class SampleUaTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void thePublicPageShowsEveryFieldOfTheSample() {
		Http http = new Http(port);
		long id = SampleDocument.of(service).id();
		HttpResponse<String> redirect = http.get("/uas/" + id);
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/uas/" + id + "/46-19-human-rights-defender-facing-bogus-charges");
		HttpResponse<String> page = http.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("EUR 57/0894/2019", "Second UA", "Kazakhstan", "16 August 2019");
		assertThat(html).contains("Prosecutor General", "Nurdauletov Gizat Daurenbekovich", "Prospect Mengilik, 14",
				"Nur-Sultan 010000", "+7 7172 506 402", "press@prokuror.kz", "@GenProkRK");
		assertThat(html).contains("H.E. Erzhan Kazykhanov", "Embassy of the Republic of Kazakhstan",
				"1401 16th St NW, Washington DC 20036", "202 232 5488", "washington@mfa.kz", "@KazakhEmbassy",
				"@KazakhEmbassyDC", "Dear Ambassador");
		assertThat(html).contains("Dear Prosecutor General,", "Yours sincerely,", "I urge you to drop the charges");
		assertThat(html).contains("Serikzhan Bilash, an ethnic Kazakh, moved to Kazakhstan");
		assertThat(html).contains("27 September 2019", "Kazakh, Russian, English", "Serikzhan Bilash (he/him)");
		assertThat(html).contains("https://www.amnesty.org/en/documents/EUR57/0186/2019/en/");
		assertThat(page.headers().firstValue("ETag")).isPresent();
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((v) -> assertThat(v).contains("public"));
	}

	@Test
	void theListShowsTheSample() {
		String html = new Http(port).get("/uas").body();
		assertThat(html).contains("Human rights defender facing bogus charges", "UA 46/19");
	}

}
