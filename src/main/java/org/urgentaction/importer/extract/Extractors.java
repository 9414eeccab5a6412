package org.urgentaction.importer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the extractor for a file by its name's ending, or by its first bytes when the
 * name has no known ending.
 */
public final class Extractors {

	private final List<TextExtractor> extractors;

	public Extractors(List<TextExtractor> extractors) {
		this.extractors = List.copyOf(extractors);
	}

	public static Extractors standard() {
		return new Extractors(
				List.of(new PdfExtractor(), new DocxExtractor(), new DocExtractor(), new PlainTextExtractor()));
	}

	public TextExtractor forFile(String fileName, byte[] content) {
		String extension = extension(fileName);
		if (!extension.isEmpty()) {
			Optional<TextExtractor> byName = extractors.stream()
				.filter((extractor) -> extractor.extensions().contains(extension))
				.findFirst();
			return byName.orElseThrow(() -> new UnsupportedFormatException(fileName));
		}
		return extractors.stream()
			.filter((extractor) -> extractor.recognises(content))
			.findFirst()
			.orElseThrow(() -> new UnsupportedFormatException(fileName));
	}

	public boolean supports(String fileName) {
		String extension = extension(fileName);
		return extractors.stream().anyMatch((extractor) -> extractor.extensions().contains(extension));
	}

	static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return (dot <= 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
