package org.urgentaction.letter;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letter PDFs with the default limits: a school class behind one address makes its 30
 * letters; past 60 in ten minutes the address gets 429 with {@code Retry-After}, on the
 * API and on the page's form alike. Letters to all targets together stay within a size.
 */
@AppTest
@Import(BeforeTheDeadline.class)
@TestPropertySource(properties = { "ua.letters.limits.per-client=60", "ua.letters.limits.window=10m" })
class LetterLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void aClassWritesItsThirtyLettersAndThenTheAddressIsHeldBack() {
		long id = SampleUa.document(service).id();
		long target = SampleUa.prosecutor(service).id();
		Http http = new Http(port);
		for (int pupil = 1; pupil <= 30; pupil++) {
			HttpResponse<byte[]> letter = http.postJsonForBytes("/api/uas/" + id + "/letters",
					"{\"targetId\": %d, \"senderName\": \"Pupil %d\"}".formatted(target, pupil));
			assertThat(letter.statusCode()).as("letter " + pupil).isEqualTo(200);
		}
		for (int i = 0; i < 30; i++) {
			http.postJsonForBytes("/api/uas/" + id + "/letters", "{\"targetId\": 987654}");
		}
		HttpResponse<byte[]> api = http.postJsonForBytes("/api/uas/" + id + "/letters",
				"{\"targetId\": %d}".formatted(target));
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		HttpResponse<String> page = http.send(http.request("/uas/" + id + "/letters")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("targetId=" + target))
			.build());
		assertThat(page.statusCode()).isEqualTo(429);
	}

}
