package org.urgentaction.importer.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.urgentaction.importer.extract.ExtractionLimits;
import org.urgentaction.importer.extract.Extractors;
import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaDocumentJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports every document of the corpus (src/test/resources/importer/corpus: one text per
 * layout and variation, with its expected fields as JSON) as text, Word and PDF, and
 * prints the field-level accuracy per document, per layout (FORMATS.md 1-8, the
 * {@code layout} of the expected JSON) and overall. Besides the document's fields, the
 * expected JSON may give the document's {@code language} and the index of the document it
 * {@code follows}; both are scored as fields when present. The documents of layouts 5-8
 * were written by bench/archive-documents.py.
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
	void fieldLevelAccuracyIsAtLeast95PercentPerLayout() throws IOException {
		Map<String, int[]> perLayout = new TreeMap<>();
		List<String> report = new ArrayList<>();
		for (Path file : texts()) {
			String text = Files.readString(file);
			Path expectedFile = Path.of(file.toString().replace(".txt", ".json"));
			assertThat(expectedFile).as("expected fields of " + file).exists();
			ObjectNode tree = (ObjectNode) json.readTree(expectedFile.toFile());
			String layout = text(tree.remove("layout"));
			assertThat(layout).as("layout of " + expectedFile).isNotNull();
			boolean hasLanguage = tree.has("language");
			String language = text(tree.remove("language"));
			boolean hasFollows = tree.has("follows");
			String follows = text(tree.remove("follows"));
			UaDocument expected = json.treeToValue(tree, UaDocumentJson.class).toDocument();
			for (String format : List.of("txt", "docx", "pdf")) {
				String name = file.getFileName().toString().replace(".txt", "." + format);
				byte[] content = inFormat(text, format);
				String extracted = extractors.forFile(name, content).extract(content, ExtractionLimits.DEFAULT);
				UaParser.Result parsed = parser.parse(extracted);
				FieldComparison comparison = new FieldComparison(expected, parsed.document());
				if (hasLanguage) {
					comparison.compare("language", language, parsed.language());
				}
				if (hasFollows) {
					comparison.compare("follows", follows,
							parsed.follows() == null ? null : parsed.follows().aiIndex());
				}
				int[] counts = perLayout.computeIfAbsent(layout, (key) -> new int[2]);
				counts[0] += comparison.correct();
				counts[1] += comparison.total();
				report.add(String.format("%-48s %3d/%3d fields  %5.1f%%", name, comparison.correct(),
						comparison.total(), 100.0 * comparison.correct() / comparison.total()));
				comparison.differences().forEach((field, difference) -> report.add("    " + field + ": " + difference));
			}
		}
		int correct = 0;
		int total = 0;
		List<String> belowGoal = new ArrayList<>();
		for (Map.Entry<String, int[]> layout : perLayout.entrySet()) {
			int[] counts = layout.getValue();
			double accuracy = 100.0 * counts[0] / counts[1];
			report
				.add(String.format("LAYOUT %s %d/%d fields  %.1f%%", layout.getKey(), counts[0], counts[1], accuracy));
			if (accuracy < 95.0) {
				belowGoal.add(layout.getKey());
			}
			correct += counts[0];
			total += counts[1];
		}
		double accuracy = 100.0 * correct / total;
		report.add(String.format("OVERALL %d/%d fields  %.1f%%", correct, total, accuracy));
		System.out.println("Import corpus accuracy\n" + String.join("\n", report));
		assertThat(perLayout.keySet()).containsAll(List.of("1", "2", "3", "4", "5", "6", "7", "8"));
		assertThat(belowGoal).as("layouts below 95%%:\n" + String.join("\n", report)).isEmpty();
		assertThat(accuracy).as(String.join("\n", report)).isGreaterThanOrEqualTo(95.0);
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
