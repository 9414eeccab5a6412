package org.urgentaction.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.support.AppTest;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.UaCase;
import org.urgentaction.ua.TranslationStatus;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaTranslation;
import org.urgentaction.ua.UaTranslations;
import org.urgentaction.ua.UaService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shuffled archive (src/test/resources/importer/archive-thread, written by
 * bench/archive-documents.py): two cases of three documents each (first UA, further
 * information, closing notice), one in English, one in French, in the wrong order on
 * disk. The bulk import threads each case in the order of its documents, closes it with
 * the outcome of its closing notice, and places every document.
 */
@AppTest
class ArchiveImportTests {

	static final Path ARCHIVE = Path.of("src/test/resources/importer/archive-thread");

	@Autowired
	UaTranslations translations;

	@Autowired
	BulkImporter importer;

	@Autowired
	UaService documents;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aShuffledArchiveEndsWithBothCasesThreadedInOrderAndClosedWithTheirOutcomes() throws Exception {
		Path folder = Files.createTempDirectory("shuffled-archive");
		List<JsonNode> expected = new ArrayList<>();
		try (Stream<Path> files = Files.list(ARCHIVE)) {
			for (Path file : files.sorted().toList()) {
				if (file.toString().endsWith(".txt")) {
					Files.copy(file, folder.resolve(file.getFileName()));
					expected.add(json.readTree(Path.of(file.toString().replace(".txt", ".json")).toFile()));
				}
			}
		}
		assertThat(expected).hasSize(6);
		assertThat(expected.get(0).get("kind").asString()).isNotEqualTo("INITIAL");

		BulkReport report = importer.importPath(folder, "test", Locale.ENGLISH);
		System.out.print(report.text());

		assertThat(report.failed()).isZero();
		assertThat(report.unplaced()).isEmpty();
		assertThat(report.fieldsFound()).containsEntry("uaNumber", 6).containsEntry("outcome", 2);
		assertThat(report.text()).contains("Fields found in the 6 documents read:", "Not placed in a case: 0");
		for (String number : List.of("211/94", "33/06")) {
			List<JsonNode> wanted = expected.stream()
				.filter((e) -> e.get("uaNumber").asString().equals(number))
				.sorted(Comparator.comparing((JsonNode e) -> e.get("issueDate").asString()))
				.toList();
			UaCase uaCase = documents.findCaseByNumber(number).orElseThrow();
			List<UaDocument> thread = documents.thread(uaCase.id())
				.stream()
				.sorted(Comparator.comparingInt(UaDocument::sequence))
				.toList();
			assertThat(thread).extracting(UaDocument::sequence).containsExactly(1, 2, 3);
			assertThat(thread).extracting(UaDocument::kind)
				.containsExactly(DocumentKind.INITIAL, DocumentKind.FOLLOW_UP, DocumentKind.FINAL);
			assertThat(thread).extracting(UaDocument::aiIndex)
				.containsExactlyElementsOf(wanted.stream().map((e) -> e.get("aiIndex").asString()).toList());
			String outcome = wanted.get(2).get("outcome").get("type").asString();
			assertThat(uaCase.closed()).as(number + " closed").isTrue();
			assertThat(uaCase.outcome().type()).isEqualTo(OutcomeType.valueOf(outcome));
		}
		assertThat(documents.findCaseByNumber("211/94").orElseThrow().outcome().type()).isEqualTo(OutcomeType.RELEASED);
		assertThat(documents.findCaseByNumber("33/06").orElseThrow().outcome().type()).isEqualTo(OutcomeType.ACQUITTED);
	}

	@Test
	void anUpdateImportedBeforeItsFirstUaIsMovedAfterIt() throws Exception {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> all = Files.list(ARCHIVE)) {
			files.addAll(all.filter((f) -> f.toString().endsWith(".txt")).sorted().toList());
		}
		Path update = null;
		Path first = null;
		Path closing = null;
		for (Path file : files) {
			JsonNode e = json.readTree(Path.of(file.toString().replace(".txt", ".json")).toFile());
			if (!e.get("uaNumber").asString().equals("211/94")) {
				continue;
			}
			switch (e.get("kind").asString()) {
				case "INITIAL" -> first = file;
				case "FOLLOW_UP" -> update = file;
				default -> closing = file;
			}
		}
		for (Path file : List.of(closing, first, update)) {
			Path folder = Files.createTempDirectory("one-file");
			Files.writeString(folder.resolve("doc.txt"), Files.readString(file).replace("211/94", "212/94"));
			BulkReport report = importer.importPath(folder, "test", Locale.ENGLISH);
			assertThat(report.failed()).isZero();
		}
		UaCase uaCase = documents.findCaseByNumber("212/94").orElseThrow();
		List<UaDocument> thread = documents.thread(uaCase.id())
			.stream()
			.sorted(Comparator.comparingInt(UaDocument::sequence))
			.toList();
		assertThat(thread).extracting(UaDocument::sequence).containsExactly(1, 2, 3);
		assertThat(thread).extracting(UaDocument::kind)
			.containsExactly(DocumentKind.INITIAL, DocumentKind.FOLLOW_UP, DocumentKind.FINAL);
		assertThat(uaCase.closed()).isTrue();
	}

	@Test
	void aTranslationOfAnImportedDocumentJoinsItAsADraftTranslationWithAWarning() throws Exception {
		Path french = null;
		String index = null;
		try (Stream<Path> all = Files.list(ARCHIVE)) {
			for (Path file : all.filter((f) -> f.toString().endsWith(".json")).sorted().toList()) {
				JsonNode e = json.readTree(file.toFile());
				if (e.get("uaNumber").asString().equals("33/06") && e.get("kind").asString().equals("INITIAL")) {
					french = Path.of(file.toString().replace(".json", ".txt"));
					index = e.get("aiIndex").asString();
				}
			}
		}
		Path first = Files.createTempDirectory("french");
		Files.writeString(first.resolve("fr.txt"), Files.readString(french).replace("33/06", "34/06"));
		BulkReport original = importer.importPath(first, "test", Locale.ENGLISH);
		assertThat(original.failed()).isZero();
		long frenchId = original.results().get(0).documentId();

		Path second = Files.createTempDirectory("english");
		Files.writeString(second.resolve("en.txt"), """
				EXTERNAL (for general distribution)\tAI Index: %s
				Distr: UA/SC
				UA 34/06\tFear of torture / Incommunicado detention\t20 February 2006

				CAMEROON: Jean-Paul Mbarga (m), journalist
				Marie Ngono (f), aged 17

				Jean-Paul Mbarga and Marie Ngono were arrested in Douala and taken to an unknown place.
				""".formatted(index));
		BulkReport translation = importer.importPath(second, "test", Locale.ENGLISH);
		System.out.print(translation.text());
		BulkResult result = translation.results().get(0);
		assertThat(result.outcome()).isEqualTo(BulkResult.Outcome.IMPORTED_WITH_WARNINGS);
		String warning = result.messages().stream().filter((m) -> m.startsWith("language:")).findFirst().orElseThrow();
		assertThat(warning).contains("A translation (en) of document");
		long originalId = Long.parseLong(warning.replaceAll("^.*of document (\\d+),.*$", "$1"));
		assertThat(documents.get(originalId).aiIndex()).isEqualTo(index);
		assertThat(originalId).isEqualTo(frenchId);
		assertThat(result.documentId()).isEqualTo(frenchId);
		assertThat(documents.thread(documents.get(frenchId).caseId())).hasSize(1);
		UaTranslation english = translations.find(frenchId, "en").orElseThrow();
		assertThat(english.status()).isEqualTo(TranslationStatus.DRAFT);
		assertThat(english.title()).contains("Fear of torture");
		assertThat(translations.originalLanguage(frenchId)).isEqualTo("fr");
	}

}
