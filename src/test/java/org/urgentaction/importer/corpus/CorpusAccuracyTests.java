package org.urgentaction.importer.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.urgentaction.importer.extract.ExtractionLimits;
import org.urgentaction.importer.extract.Extractors;
import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaDocumentJson;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports every document of the corpus (src/test/resources/importer/corpus: one text per
 * layout and variation, with its expected fields as JSON) as text, Word and PDF, and
 * prints the field-level accuracy per document and overall.
 */
class CorpusAccuracyTests {

	static final Path CORPUS = Path.of("src/test/resources/importer/corpus");

	private final JsonMapper json = JsonMapper.builder().build();

	private final Extractors extractors = Extractors.standard();

	private final UaParser parser = new UaParser();

	static List<Path> texts() throws IOException {
		try (Stream<Path> files = Files.list(CORPUS)) {
			return files.filter((file) -> file.toString().endsWith(".txt")).sorted().toList();
		}
	}

	static byte[] inFormat(String text, String format) {
		return switch (format) {
			case "txt" -> text.getBytes(StandardCharsets.UTF_8);
			case "docx" -> CorpusFiles.docx(text);
			case "pdf" -> CorpusFiles.pdf(text);
			default -> throw new IllegalArgumentException(format);
		};
	}

	@Test
	void fieldLevelAccuracyIsAtLeast95Percent() throws IOException {
		int total = 0;
		int correct = 0;
		List<String> report = new ArrayList<>();
		for (Path file : texts()) {
			String text = Files.readString(file);
			Path expectedFile = Path.of(file.toString().replace(".txt", ".json"));
			assertThat(expectedFile).as("expected fields of " + file).exists();
			UaDocument expected = json.readValue(expectedFile.toFile(), UaDocumentJson.class).toDocument();
			for (String format : List.of("txt", "docx", "pdf")) {
				String name = file.getFileName().toString().replace(".txt", "." + format);
				byte[] content = inFormat(text, format);
				String extracted = extractors.forFile(name, content).extract(content, ExtractionLimits.DEFAULT);
				UaDocument actual = parser.parse(extracted).document();
				FieldComparison comparison = new FieldComparison(expected, actual);
				total += comparison.total();
				correct += comparison.correct();
				report.add(String.format("%-42s %3d/%3d fields  %5.1f%%", name, comparison.correct(),
						comparison.total(), 100.0 * comparison.correct() / comparison.total()));
				comparison.differences().forEach((field, difference) -> report.add("    " + field + ": " + difference));
			}
		}
		double accuracy = 100.0 * correct / total;
		report.add(String.format("OVERALL %d/%d fields  %.1f%%", correct, total, accuracy));
		System.out.println("Import corpus accuracy\n" + String.join("\n", report));
		assertThat(accuracy).as(String.join("\n", report)).isGreaterThanOrEqualTo(95.0);
	}

}
