package org.urgentaction.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.urgentaction.importer.corpus.CorpusFiles;
import org.urgentaction.importer.extract.ExtractionLimits;
import org.urgentaction.importer.extract.Extractors;
import org.urgentaction.importer.extract.UnreadableDocumentException;
import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.ua.DocumentRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds the parser and the extractors randomly damaged versions of the corpus: lines
 * dropped, repeated, swapped and cut, characters inserted, bytes flipped. Whatever comes
 * in, the parser answers quickly with a document (and warnings), and an extractor either
 * reads the file or refuses it as unreadable. The seed is printed so that a failure can
 * be repeated.
 */
class ParserFuzzTests {

	static final long SEED = Long.getLong("importer.fuzz.seed", 20261127L);

	static final int ITERATIONS = 300;

	static List<String> corpus() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/importer/corpus"))) {
			List<String> texts = new ArrayList<>();
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(file));
			}
			return texts;
		}
	}

	@Test
	void theParserCopesWithDamagedText() throws IOException {
		System.out.println("Parser fuzz seed: " + SEED + " (repeat with -Dimporter.fuzz.seed=" + SEED + ")");
		Random random = new Random(SEED);
		List<String> corpus = corpus();
		UaParser parser = new UaParser();
		long slowest = 0;
		for (int i = 0; i < ITERATIONS; i++) {
			String text = mutate(corpus.get(random.nextInt(corpus.size())), random);
			long start = System.nanoTime();
			UaParser.Result result = parser.parse(text);
			slowest = Math.max(slowest, System.nanoTime() - start);
			assertThat(result.document()).as("iteration " + i).isNotNull();
			List<FieldProblem> problems = DocumentRules.check(result.document());
			assertThat(problems).as("iteration %d gives problems, not exceptions", i).isNotNull();
		}
		System.out.println("Slowest parse: " + slowest / 1_000_000 + " ms");
		assertThat(slowest / 1_000_000).isLessThan(2000);
	}

	@Test
	void extractorsReadOrRefuseDamagedFiles() throws IOException {
		System.out.println("Extractor fuzz seed: " + SEED);
		Random random = new Random(SEED);
		List<String> corpus = corpus();
		Extractors extractors = Extractors.standard();
		int refused = 0;
		for (int i = 0; i < 60; i++) {
			String text = corpus.get(random.nextInt(corpus.size()));
			String name = List.of("ua.docx", "ua.pdf", "ua.txt").get(i % 3);
			byte[] content = switch (i % 3) {
				case 0 -> CorpusFiles.docx(text);
				case 1 -> CorpusFiles.pdf(text);
				default -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			};
			flip(content, random);
			try {
				String extracted = extractors.forFile(name, content).extract(content, ExtractionLimits.DEFAULT);
				new UaParser().parse(extracted);
			}
			catch (UnreadableDocumentException expected) {
				refused++;
			}
		}
		System.out.println("Damaged files refused as unreadable: " + refused + " of 60");
	}

	static String mutate(String text, Random random) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int changes = 1 + random.nextInt(12);
		for (int c = 0; c < changes && !lines.isEmpty(); c++) {
			int at = random.nextInt(lines.size());
			switch (random.nextInt(7)) {
				case 0 -> lines.remove(at);
				case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
				case 2 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
				case 3 -> lines.set(at, lines.get(at).toUpperCase());
				case 4 -> lines.set(at, insert(lines.get(at), random));
				case 5 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
				default -> lines.set(at, lines.get(at).repeat(1 + random.nextInt(50)));
			}
		}
		return String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
	}

	private static String insert(String line, Random random) {
		String[] noise = { ":", "/", "(", ")", "UA ", "Index:", "Dear ", "\t", "\u0000", "\u202E", "é", "日本",
				"Email: a@b", "Salutation:", "46/19", "EUR 57/0894/2019", "(he/him)", "\uD83D\uDE00", "[bookmark: x]" };
		int at = random.nextInt(line.length() + 1);
		return line.substring(0, at) + noise[random.nextInt(noise.length)] + line.substring(at);
	}

	private static void flip(byte[] content, Random random) {
		int flips = 1 + random.nextInt(20);
		for (int f = 0; f < flips; f++) {
			content[random.nextInt(content.length)] = (byte) random.nextInt(256);
		}
	}

}
