package org.urgentaction.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaService;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters in the scripts of the countries UAs are about ({@code letters/scripts.tsv}):
 * the PDF reads back as the text sent, every font in it is embedded, the date is written
 * in the letter's language, and text no bundled font can print is refused, not left out.
 */
@AppTest
@Import(BeforeTheDeadline.class)
class LetterScriptsTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	static Stream<Arguments> letters() {
		try (InputStream in = LetterScriptsTests.class.getResourceAsStream("/letters/scripts.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map((line) -> line.split("\t", 2))
				.map((fields) -> Arguments.of(fields[0], fields[1]));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("letters")
	void aLetterReadsBackAsSentWithEveryFontEmbeddedAndTheDateInItsLanguage(String language, String text) {
		HttpResponse<byte[]> response = post(text, language);

		assertThat(response.statusCode()).isEqualTo(200);
		String extracted = PdfText.textByPosition(response.body());
		// lines break where the layout wants, and scripts without spaces get none there
		assertThat(bare(extracted)).contains(bare(text)).doesNotContain("#");
		if (language.equals("he")) {
			// a date in a right-to-left language reads back in visual order
			assertThat(extracted).contains("באוגוסט", "2019", "20");
		}
		else {
			assertThat(bare(extracted)).contains(bare(icuDate(language)));
		}
		Map<String, Boolean> fonts = PdfText.fonts(response.body());
		assertThat(fonts).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
	}

	@Test
	void datesAreWrittenAsEachLanguageWritesThem() {
		assertThat(flat(post("测试。", "zh-Hans"))).contains("2019年8月20日");
		assertThat(flat(post("परीक्षण।", "hi"))).contains("20 अगस्त 2019");
		// the Buddhist era: 2019 + 543
		assertThat(flat(post("ทดสอบ", "th"))).contains("20 สิงหาคม 2562");
	}

	@Test
	void textNoFontCanPrintIsRefusedNamingTheCharacters() {
		HttpResponse<byte[]> response = post("Hieroglyphs: 𓀀𓁐 and a rare character 𠀀.", "en");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"field\":\"text\"", "U+13000",
				"U+13050", "U+20000");
	}

	private HttpResponse<byte[]> post(String text, String language) {
		String json = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("targetId", SampleUa.prosecutor(service).id(), "senderName", "Test",
					"senderAddressLines", List.of(), "text", text, "language", language));
		return new Http(port).postJsonForBytes("/api/uas/" + SampleUa.document(service).id() + "/letters", json);
	}

	private static String icuDate(String language) {
		DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLanguageTag(language));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(BeforeTheDeadline.NOW));
	}

	private static String flat(HttpResponse<byte[]> response) {
		return PdfText.textByPosition(response.body()).replaceAll("\\s+", " ");
	}

	private static String bare(String text) {
		return text.replaceAll("\\s+", "");
	}

}
