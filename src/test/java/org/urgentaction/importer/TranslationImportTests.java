package org.urgentaction.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.ua.TranslationStatus;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;
import org.urgentaction.ua.UaTranslation;
import org.urgentaction.ua.UaTranslations;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French and Spanish versions of the sample UA 46/19 (in the corpus, under
 * {@code translations/}) are read as translations of the sample document, which has the
 * same AI Index: no new document, a draft translation each. They are layout 1 of
 * FORMATS.md in another language; {@code CorpusAccuracyTests} reads only the texts
 * directly in the corpus folder, not these.
 */
@AppTest
class TranslationImportTests {

	static final Path TRANSLATIONS = Path.of("src/test/resources/importer/corpus/translations");

	@Autowired
	BulkImporter importer;

	@Autowired
	UaService documents;

	@Autowired
	UaTranslations translations;

	@Test
	void theFrenchAndSpanishSamplesAreReadInTheirLanguageWithTheSampleIndex() throws Exception {
		for (String language : new String[] { "fr", "es" }) {
			UaParser.Result parsed = new UaParser().parse(text(language));
			assertThat(parsed.language()).isEqualTo(language);
			assertThat(parsed.document().aiIndex()).isEqualTo("EUR 57/0894/2019");
			assertThat(parsed.document().uaNumber()).isEqualTo("46/19");
		}
	}

	@Test
	void anArabicDocumentIsReadAsArabicWithItsIndex() {
		UaParser.Result parsed = new UaParser().parse("""
				تحرك عاجل

				مدافع عن حقوق الإنسان يواجه تهمًا ملفقة
				يواجه المدافع عن حقوق الإنسان سريكجان بيلاش تهمة التحريض على الكراهية.

				رقم الوثيقة: EUR 57/0894/2019
				""");
		assertThat(parsed.language()).isEqualTo("ar");
		assertThat(parsed.document().aiIndex()).isEqualTo("EUR 57/0894/2019");
	}

	@Test
	void theFrenchAndSpanishSamplesJoinTheSampleDocumentAsDraftTranslations() throws Exception {
		UaDocument sample = documents.thread(documents.findCaseByNumber("46/19").orElseThrow().id())
			.stream()
			.filter((d) -> "EUR 57/0894/2019".equals(d.aiIndex()))
			.min(java.util.Comparator.comparing(UaDocument::id))
			.orElseThrow();
		int documentsInCase = documents.thread(sample.caseId()).size();

		BulkReport report = importer.importPath(TRANSLATIONS, "test", Locale.ENGLISH);
		System.out.print(report.text());

		assertThat(report.results()).hasSize(2)
			.allSatisfy((result) -> assertThat(result.documentId()).isEqualTo(sample.id()));
		assertThat(documents.thread(sample.caseId())).hasSize(documentsInCase);
		assertThat(translations.originalLanguage(sample.id())).isEqualTo("en");

		UaTranslation french = translations.find(sample.id(), "fr").orElseThrow();
		assertThat(french.status()).isEqualTo(TranslationStatus.DRAFT);
		assertThat(french.title()).startsWithIgnoringCase("un défenseur des droits humains");
		assertThat(french.summary()).startsWith("Le défenseur des droits humains Serikzhan Bilash");
		assertThat(french.letter()).startsWith("Monsieur le Procureur général,");
		assertThat(french.additionalInformation()).startsWith("Serikzhan Bilash, Kazakh de souche");
		assertThat(french.salutations()).containsEntry(sample.targets().get(1).id(), "Monsieur l’Ambassadeur");

		UaTranslation spanish = translations.find(sample.id(), "es").orElseThrow();
		assertThat(spanish.status()).isEqualTo(TranslationStatus.DRAFT);
		assertThat(spanish.title()).startsWithIgnoringCase("defensor de los derechos humanos");
		assertThat(spanish.letter()).startsWith("Estimado Señor Fiscal General,").endsWith("Atentamente,");
		assertThat(spanish.salutations()).containsEntry(sample.targets().get(1).id(), "Señor Embajador");

		assertThat(translations.localized(sample, "fr").language()).as("a draft is not shown").isEqualTo("en");
		translations.publish(sample.id(), "fr", "test");
		assertThat(translations.localized(sample, "fr").document().title()).isEqualTo(french.title());

		BulkReport again = importer.importPath(TRANSLATIONS, "test", Locale.ENGLISH);
		assertThat(again.results())
			.allSatisfy((result) -> assertThat(result.outcome()).isEqualTo(BulkResult.Outcome.ALREADY_IMPORTED));
	}

	private static String text(String language) throws Exception {
		return Files.readString(TRANSLATIONS.resolve("ua-46-19-kazakhstan-" + language + ".txt"),
				StandardCharsets.UTF_8);
	}

}
