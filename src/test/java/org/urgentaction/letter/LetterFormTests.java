package org.urgentaction.letter;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.urgentaction.support.AppTest;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composer form of the public page, posted as a browser without JavaScript posts it:
 * a letter, a fax, letters to all targets, and the form again for what is not acceptable.
 */
@AppTest
@Import(BeforeTheDeadline.class)
class LetterFormTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void lettersToAllTargetsMakeOnePdfWithALetterEach() {
		HttpResponse<byte[]> response = post(Map.of("target", "all", "senderName", "Ελένη Παπαδοπούλου",
				"senderAddress", "Οδός Αθηνάς 12", "senderCity", "10551 Αθήνα", "senderCountry", "Ελλάδα", "paper",
				"A4", "format", "letter", "text", SampleUa.document(service).letter()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment").contains(".pdf"));
		assertThat(PdfText.pages(response.body())).isEqualTo(2);
		String text = PdfText.flatText(response.body());
		assertThat(text).contains("Prosecutor General Nurdauletov Gizat Daurenbekovich",
				"H.E. Erzhan Kazykhanov Embassy of the Republic of Kazakhstan", "Dear Prosecutor General,",
				"Dear Ambassador,", "Ελένη Παπαδοπούλου", "10551 Αθήνα");
	}

	@Test
	void aFaxIsLargeBlackSansSerifWithTheFaxNumber() {
		HttpResponse<byte[]> response = post(Map.of("target", String.valueOf(SampleUa.prosecutor(service).id()),
				"senderName", "Jane Doe", "format", "fax", "text", "Dear Prosecutor General,\nRelease him.\nYours,"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(PdfText.flatText(response.body())).contains("FAX", "+7 7172 506 402", "Release him.", "Jane Doe");
		assertThat(PdfText.glyphs(response.body())).allSatisfy((glyph) -> {
			assertThat(glyph.font()).contains("DejaVuSans");
			assertThat(glyph.size()).isGreaterThanOrEqualTo(12f);
		});
	}

	@Test
	void aTooLongLetterComesBackInTheFormWithEverythingTyped() {
		HttpResponse<byte[]> response = post(Map.of("target", String.valueOf(SampleUa.prosecutor(service).id()),
				"senderName", "<b>Айгерим</b>", "format", "letter", "text", "y".repeat(20_001)));

		assertThat(response.statusCode()).isEqualTo(422);
		String html = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(html).contains("This is too long: at most 20,000 characters.", "&lt;b&gt;Айгерим&lt;/b&gt;",
				"y".repeat(20_001));
		assertThat(html).doesNotContain("<b>Айгерим</b>");
	}

	private HttpResponse<byte[]> post(Map<String, String> fields) {
		String form = new LinkedHashMap<>(fields).entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/uas/" + SampleUa.document(service).id() + "/letters"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
