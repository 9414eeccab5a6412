package org.urgentaction.importer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.urgentaction.importer.extract.ExtractionLimits;
import org.urgentaction.importer.extract.Extractors;
import org.urgentaction.importer.parse.UaParser;

/**
 * The baseline of bench/import-archive: reads, extracts and parses every file of a folder
 * (recursively) on one thread, storing nothing, and prints the seconds it took and how
 * many documents had a UA number.
 */
public final class ArchiveReadBenchmark {

	private ArchiveReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> files;
		try (Stream<Path> all = Files.walk(Path.of(args[0]))) {
			files = all.filter(Files::isRegularFile).sorted().toList();
		}
		Extractors extractors = Extractors.standard();
		UaParser parser = new UaParser();
		long start = System.nanoTime();
		int numbered = 0;
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			String text = extractors.forFile(file.getFileName().toString(), content)
				.extract(content, ExtractionLimits.DEFAULT);
			numbered += (parser.parse(text).document().uaNumber() != null) ? 1 : 0;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("read and parsed %d files in %.1f s (%.0f files/s), %d with a UA number%n", files.size(),
				seconds, files.size() / seconds, numbered);
	}

}
