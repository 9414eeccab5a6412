package org.urgentaction.letter;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/uas/{id}/letters} answers with a letter as PDF, and with a problem
 * document for what it cannot accept.
 */
@AppTest
@Import(BeforeTheDeadline.class)
class LetterApiTests {

	static final String KAZAKH = "Біз Серикжан Білашқа әділ сот және өмір үшін ұлттық үміт һәм ғылым қоғамы керек деп санаймыз.";

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void aLetterHasTheAddressBlockTheSenderInCyrillicAndKazakhText() {
		UaDocument doc = SampleUa.document(service);
		Target prosecutor = SampleUa.prosecutor(service);
		String json = """
				{"targetId": %d, "senderName": "Айгерим Сапарова",
				 "senderAddressLines": ["ул. Абая 10", "050000 Алматы", "Казахстан"],
				 "text": "Dear Prosecutor General,\\n%s\\nYours sincerely,", "paper": "A4"}
				""".formatted(prosecutor.id(), KAZAKH);

		HttpResponse<byte[]> response = post(doc.id(), json);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = PdfText.text(response.body());
		assertThat(text).contains("Prosecutor General\nNurdauletov Gizat Daurenbekovich\nProspect Mengilik, 14\n"
				+ "Nur-Sultan 010000\nKazakhstan");
		assertThat(text).contains("Айгерим Сапарова", "ул. Абая 10", "050000 Алматы", "August 20, 2019");
		assertThat(PdfText.flatText(response.body())).contains(KAZAKH);
	}

	@Test
	void withoutTextTheSampleLetterIsAddressedToTheTargetAndTheDateIsInTheActivistsLanguage() {
		UaDocument doc = SampleUa.document(service);
		String json = """
				{"targetId": %d, "senderName": "Jan Nowak", "senderAddressLines": ["ul. Długa 5", "Kraków"],
				 "paper": "LETTER", "language": "ru"}
				""".formatted(SampleUa.ambassador(service).id());

		HttpResponse<byte[]> response = post(doc.id(), json);

		assertThat(response.statusCode()).isEqualTo(200);
		String text = PdfText.flatText(response.body());
		assertThat(text)
			.contains("Dear Ambassador,", "I urge you to drop the charges against Serikzhan Bilash", "Yours sincerely,",
					"Jan Nowak", "ul. Długa 5", "20 августа 2019")
			.doesNotContain("Dear Prosecutor General");
		assertThat(text).contains("H.E. Erzhan Kazykhanov Embassy of the Republic of Kazakhstan "
				+ "1401 16th St NW, Washington DC 20036 United States");
	}

	@Test
	void anArabicLetterIsSetRightToLeftAndRightAligned() {
		String demand = "أطالبكم بالإفراج عن سيريكجان بيلاش فوراً";
		String json = "{\"targetId\": %d, \"senderName\": \"مریم رضایی\", \"text\": \"السيد النائب العام،\\n%s.\\nمع الاحترام،\"}"
			.formatted(SampleUa.prosecutor(service).id(), demand);

		HttpResponse<byte[]> response = post(SampleUa.document(service).id(), json);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(PdfText.flatText(response.body())).contains(demand, "مریم رضایی");
		List<PdfText.Glyph> glyphs = PdfText.glyphs(response.body());
		float demandLine = glyphs.stream().filter((g) -> g.text().equals("ط")).findFirst().orElseThrow().y();
		List<PdfText.Glyph> line = glyphs.stream().filter((g) -> g.y() == demandLine && !g.text().isBlank()).toList();
		// right-aligned: the line ends at the right margin (A4: 210 - 20 mm) ...
		assertThat(mm(line.stream().map((g) -> g.x()).max(Float::compare).orElseThrow())).isBetween(180.0, 190.0);
		// ... and reads from right to left: the first word stands right of the last one
		float firstWord = line.stream().filter((g) -> g.text().equals("ط")).findFirst().orElseThrow().x();
		float lastWord = line.stream().filter((g) -> g.text().equals("ف")).findFirst().orElseThrow().x();
		assertThat(firstWord).isGreaterThan(lastWord);
	}

	@Test
	void theRecipientStandsInTheWindowOfTheEnvelope() {
		long id = SampleUa.document(service).id();
		long target = SampleUa.prosecutor(service).id();
		// A4, DIN 5008 form B: recipient zone 62.7-90 mm from the top, 25 mm from the
		// left
		PdfText.Glyph a4 = firstGlyphOf(post(id, "{\"targetId\": %d, \"paper\": \"A4\"}".formatted(target)).body(),
				"Prosecutor General");
		assertThat(mm(a4.x())).isBetween(24.0, 26.5);
		assertThat(mm(a4.y())).isBetween(62.7, 72.0);
		// US Letter, #10 window envelope: from 2 inches down, 1 inch from the left
		PdfText.Glyph letter = firstGlyphOf(
				post(id, "{\"targetId\": %d, \"paper\": \"LETTER\"}".formatted(target)).body(), "Prosecutor General");
		assertThat(letter.x() / 72.0).isBetween(0.95, 1.1);
		assertThat(letter.y() / 72.0).isBetween(2.0, 2.35);
	}

	@Test
	void nulCharactersAndLoneSurrogatesAreRefusedBeforeAnyRendering() {
		long target = SampleUa.prosecutor(service).id();
		for (String bad : new String[] { "a \\u0000 b", "lone \\ud800 high", "lone \\udc00 low" }) {
			String json = "{\"targetId\": %d, \"text\": \"%s\"}".formatted(target, bad);
			HttpResponse<byte[]> response = post(SampleUa.document(service).id(), json);
			assertThat(response.statusCode()).as(bad).isEqualTo(422);
		}
	}

	@Test
	void anythingAPersonCanTypeMakesAValidPdf() {
		String typed = "Marks \\u200F\\u202Eמשפט\\u202C \\u0007\\u001b\\u0085 "
				+ "<script>alert(1)</script> & &amp; ]]> \\\"quoted\\\" \\ufffe\\uffff end العربية";
		String json = "{\"targetId\": %d, \"senderName\": \"%s\", \"senderAddressLines\": [\"%s\"], \"text\": \"%s\"}"
			.formatted(SampleUa.prosecutor(service).id(), typed, typed, typed);

		HttpResponse<byte[]> response = post(SampleUa.document(service).id(), json);

		assertThat(response.statusCode()).isEqualTo(200);
		String text = PdfText.flatText(response.body());
		assertThat(text).contains("<script>alert(1)</script> & &amp; ]]> \"quoted\"", "end", "משפט", "العربية");
		assertThat(text).contains("Marks").doesNotContain("#");
	}

	@Test
	void emojiNoFontCanDrawAreNamedInsteadOfLeftOutOfTheLetter() {
		String json = "{\"targetId\": %d, \"text\": \"Free him now 👍🏽✊🏿 please\"}"
			.formatted(SampleUa.prosecutor(service).id());

		HttpResponse<byte[]> response = post(SampleUa.document(service).id(), json);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(body(response)).contains("\"field\":\"text\"", "U+1F44D", "U+270A")
			// skin tones only change how the emoji before them looks: not named on their
			// own
			.doesNotContain("U+1F3FD", "U+1F3FF");
	}

	@Test
	void aLongLetterRunsOverSeveralPagesAndOneOverTheLimitIsRefused() {
		long id = SampleUa.document(service).id();
		long target = SampleUa.prosecutor(service).id();
		String sentence = "I urge you to release Serikzhan Bilash immediately and unconditionally. ";
		String longest = sentence.repeat(20_000 / sentence.length()) + "The end.";
		assertThat(longest.length()).isLessThanOrEqualTo(20_000);

		HttpResponse<byte[]> accepted = post(id, "{\"targetId\": %d, \"text\": \"%s\"}".formatted(target, longest));
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(PdfText.pages(accepted.body())).isGreaterThanOrEqualTo(4);
		assertThat(PdfText.flatText(accepted.body())).contains("The end.");

		String tooLong = "x".repeat(20_001);
		HttpResponse<byte[]> refused = post(id, "{\"targetId\": %d, \"text\": \"%s\"}".formatted(target, tooLong));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body(refused)).contains("\"field\":\"text\"", "20,000");
	}

	@Test
	void badRequestsGetProblemDocuments() {
		long id = SampleUa.document(service).id();
		HttpResponse<byte[]> unknownTarget = post(id, "{\"targetId\": 987654}");
		assertThat(unknownTarget.statusCode()).isEqualTo(422);
		assertThat(body(unknownTarget)).contains("\"field\":\"targetId\"", "no target 987654");
		assertThat(post(id, "{\"senderName\": \"x\"}").statusCode()).isEqualTo(422);
		assertThat(post(id, "{\"targetId\": 1, \"paper\": \"A3\"}").statusCode()).isEqualTo(400);
		assertThat(post(id, "{not json").statusCode()).isEqualTo(400);
		assertThat(post(987654, "{\"targetId\": 1}").statusCode()).isEqualTo(404);
	}

	@Test
	void anUnpublishedDocumentHasNoLetters() {
		UaDocument draft = service.createDraft(new UaDocument(null, null, null, DocumentKind.INITIAL, 1, "91/19", null,
				"Kazakhstan", java.time.LocalDate.of(2019, 8, 1), null, "A draft", "Summary.",
				List.of(new Person("A Person", null)),
				List.of(new Target(null, "Minister", "A Minister", null, List.of("Street 1"), "Kazakhstan", List.of(),
						List.of(), List.of(), List.of(), List.of(), null, false)),
				null, null, List.of(), null, List.of(), null, null, null, 0), "test");

		HttpResponse<byte[]> response = post(draft.id(), "{\"targetId\": %d}".formatted(draft.targets().get(0).id()));

		assertThat(response.statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> post(long documentId, String json) {
		return new Http(port).postJsonForBytes("/api/uas/" + documentId + "/letters", json);
	}

	private static String body(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private static PdfText.Glyph firstGlyphOf(byte[] pdf, String text) {
		List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf);
		StringBuilder all = new StringBuilder();
		glyphs.forEach((g) -> all.append(g.text()));
		int index = all.indexOf(text);
		assertThat(index).as("%s in the PDF", text).isGreaterThanOrEqualTo(0);
		return glyphs.get(index);
	}

	private static double mm(float points) {
		return points * 25.4 / 72;
	}

}
