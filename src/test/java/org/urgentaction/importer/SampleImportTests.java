package org.urgentaction.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference UA 46/19 imports with every field it contains. It is read from
 * {@code ../shared/samples} when that exists, else from the copy in the test resources.
 */
class SampleImportTests {

	static byte[] sample() throws IOException {
		Path shared = Path.of("..", "shared", "samples", "ua-46-19-kazakhstan.txt");
		if (!Files.exists(shared)) {
			shared = Path.of("..", "..", "shared", "samples", "ua-46-19-kazakhstan.txt");
		}
		if (Files.exists(shared)) {
			return Files.readAllBytes(shared);
		}
		try (InputStream in = SampleImportTests.class.getResourceAsStream("/importer/ua-46-19-kazakhstan.txt")) {
			return in.readAllBytes();
		}
	}

	@Test
	void everyFieldOfTheSampleIsRead() throws IOException {
		UaParser.Result result = new UaParser().parse(new String(sample(), java.nio.charset.StandardCharsets.UTF_8));
		UaDocument d = result.document();
		assertThat(result.layout()).isEqualTo("2019");
		assertThat(d.kind()).isEqualTo(DocumentKind.FOLLOW_UP);
		assertThat(d.sequence()).isEqualTo(2);
		assertThat(d.uaNumber()).isEqualTo("46/19");
		assertThat(d.aiIndex()).isEqualTo("EUR 57/0894/2019");
		assertThat(d.country()).isEqualTo("Kazakhstan");
		assertThat(d.issueDate()).isEqualTo(LocalDate.of(2019, 8, 16));
		assertThat(d.deadline()).isEqualTo(LocalDate.of(2019, 9, 27));
		assertThat(d.title()).isEqualTo("Human rights defender facing bogus charges");
		assertThat(d.summary()).startsWith("Human rights defender Serikzhan Bilash is facing charges of")
			.endsWith("He is a prisoner of conscience and should be immediately and unconditionally released.")
			.doesNotContain("bookmark");
		assertThat(d.persons()).containsExactly(new Person("Serikzhan Bilash", "he/him"));
		assertThat(d.targets()).hasSize(2);
		Target prosecutor = d.targets().get(0);
		assertThat(prosecutor.title()).isEqualTo("Prosecutor General");
		assertThat(prosecutor.name()).isEqualTo("Nurdauletov Gizat Daurenbekovich");
		assertThat(prosecutor.organisation()).isNull();
		assertThat(prosecutor.addressLines()).containsExactly("Prospect Mengilik, 14", "Nur-Sultan 010000",
				"Kazakhstan");
		assertThat(prosecutor.country()).isEqualTo("Kazakhstan");
		assertThat(prosecutor.faxes()).containsExactly("+7 7172 506 402");
		assertThat(prosecutor.emails()).containsExactly("press@prokuror.kz");
		assertThat(prosecutor.phones()).isEmpty();
		assertThat(prosecutor.twitter()).containsExactly("@GenProkRK");
		assertThat(prosecutor.facebook()).isEmpty();
		assertThat(prosecutor.salutation()).isEqualTo("Dear Prosecutor General");
		assertThat(prosecutor.copy()).isFalse();
		Target ambassador = d.targets().get(1);
		assertThat(ambassador.title()).isEqualTo("Ambassador");
		assertThat(ambassador.name()).isEqualTo("H.E. Erzhan Kazykhanov");
		assertThat(ambassador.organisation()).isEqualTo("Embassy of the Republic of Kazakhstan");
		assertThat(ambassador.addressLines()).containsExactly("1401 16th St NW, Washington DC 20036");
		assertThat(ambassador.country()).isEqualTo("United States");
		assertThat(ambassador.phones()).containsExactly("202 232 5488");
		assertThat(ambassador.emails()).containsExactly("washington@mfa.kz");
		assertThat(ambassador.faxes()).isEmpty();
		assertThat(ambassador.twitter()).containsExactly("@KazakhEmbassy");
		assertThat(ambassador.facebook()).containsExactly("@KazakhEmbassyDC");
		assertThat(ambassador.salutation()).isEqualTo("Dear Ambassador");
		assertThat(ambassador.copy()).isFalse();
		assertThat(d.letter()).startsWith("Dear Prosecutor General,\nI am writing to you concerning")
			.contains("The authorities accuse him of inciting ethnic hatred against the Chinese.\nThe first hearing")
			.endsWith("defending human rights.\nYours sincerely,");
		assertThat(d.additionalInformation())
			.startsWith("Serikzhan Bilash, an ethnic Kazakh, moved to Kazakhstan from China")
			.contains("to protect his family.\n\nSerikzhan Bilash has worked closely")
			.endsWith("despite his worsening health condition.");
		assertThat(d.preferredLanguages()).containsExactly("Kazakh", "Russian", "English");
		assertThat(d.previousUaLink()).isEqualTo("https://www.amnesty.org/en/documents/EUR57/0186/2019/en/");
		assertThat(d.themes()).contains("human rights defenders", "prisoners of conscience", "freedom of expression");
		assertThat(d.outcome()).isNull();
		assertThat(result.warnings()).extracting((w) -> w.field())
			.doesNotContain("uaNumber", "aiIndex", "country", "issueDate", "deadline", "title", "summary", "letter",
					"persons", "preferredLanguages", "previousUaLink", "sequence");
	}

	@Test
	void theSampleMatchesTheFoundationsCopyOfIt() throws IOException {
		UaDocument parsed = new UaParser().parse(new String(sample(), java.nio.charset.StandardCharsets.UTF_8))
			.document();
		try (InputStream in = getClass().getResourceAsStream("/sample/ua-46-19.json")) {
			var expected = tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.readValue(in, org.urgentaction.ua.UaDocumentJson.class)
				.toDocument();
			assertThat(parsed.summary()).isEqualTo(expected.summary());
			assertThat(parsed.letter()).isEqualTo(expected.letter());
			assertThat(parsed.additionalInformation()).isEqualTo(expected.additionalInformation());
			assertThat(parsed.targets()).isEqualTo(expected.targets());
			assertThat(parsed.persons()).isEqualTo(expected.persons());
		}
	}

}
