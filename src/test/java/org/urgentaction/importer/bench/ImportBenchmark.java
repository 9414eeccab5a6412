package org.urgentaction.importer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.urgentaction.importer.corpus.CorpusFiles;
import org.urgentaction.importer.extract.ExtractionLimits;
import org.urgentaction.importer.extract.Extractors;
import org.urgentaction.importer.extract.TextExtractor;
import org.urgentaction.importer.parse.UaParser;

/**
 * Documents per second per format, extraction and parsing on one thread, after warm-up:
 * every corpus document as text, Word and PDF. Wall-clock and CPU time per document are
 * both printed: on a shared machine the CPU time shows the work the importer does. Run by
 * {@code bench/import}.
 */
public final class ImportBenchmark {

	private static final double BUDGET_MS = 50;

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		Path corpus = Path.of(args.length > 2 ? args[2] : "src/test/resources/importer/corpus");
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(corpus)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		Extractors extractors = Extractors.standard();
		UaParser parser = new UaParser();
		System.out.printf(
				"Import benchmark: %d documents x %d rounds per format after %d warm-up rounds, 1 thread, %s%n",
				texts.size(), rounds, warmup, Runtime.version());
		System.out.printf("%-6s %10s %10s %10s %10s %10s %12s %12s %14s%n", "format", "docs/s", "mean ms", "p50 ms",
				"p95 ms", "max ms", "cpu mean ms", "cpu p95 ms", "p95/budget");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (String format : List.of("txt", "docx", "pdf")) {
			List<byte[]> files = texts.stream().map((text) -> bytes(text, format)).toList();
			String name = "ua." + format;
			TextExtractor extractor = extractors.forFile(name, files.get(0));
			for (int i = 0; i < warmup; i++) {
				files.forEach((file) -> parser.parse(extractor.extract(file, ExtractionLimits.DEFAULT)));
			}
			double[] millis = new double[rounds * files.size()];
			double[] cpu = new double[rounds * files.size()];
			int n = 0;
			long start = System.nanoTime();
			for (int i = 0; i < rounds; i++) {
				for (byte[] file : files) {
					long c = threads.getCurrentThreadCpuTime();
					long t = System.nanoTime();
					parser.parse(extractor.extract(file, ExtractionLimits.DEFAULT));
					millis[n] = (System.nanoTime() - t) / 1e6;
					cpu[n++] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Arrays.sort(millis);
			Arrays.sort(cpu);
			double mean = Arrays.stream(millis).average().orElse(0);
			double p95 = millis[(int) (millis.length * 0.95)];
			System.out.printf("%-6s %10.0f %10.2f %10.2f %10.2f %10.2f %12.2f %12.2f %13.3fx%n", format,
					millis.length / seconds, mean, millis[millis.length / 2], p95, millis[millis.length - 1],
					Arrays.stream(cpu).average().orElse(0), cpu[(int) (cpu.length * 0.95)], p95 / BUDGET_MS);
		}
	}

	private static byte[] bytes(String text, String format) {
		return switch (format) {
			case "txt" -> text.getBytes(StandardCharsets.UTF_8);
			case "docx" -> CorpusFiles.docx(text);
			default -> CorpusFiles.pdf(text);
		};
	}

}
