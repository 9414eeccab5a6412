package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines into paragraphs. In text from Word or PDF every line is a paragraph; in
 * wrapped text (e-mails) a paragraph runs until a blank line.
 */
final class Paragraphs {

	private Paragraphs() {
	}

	static List<String> of(List<String> lines, boolean wrapped) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			if (line.isBlank() || !wrapped || startsItem(line)) {
				flush(paragraphs, current);
			}
			if (!line.isBlank()) {
				if (current.length() > 0) {
					current.append(' ');
				}
				current.append(line.strip());
				if (!wrapped) {
					flush(paragraphs, current);
				}
			}
		}
		flush(paragraphs, current);
		return paragraphs;
	}

	/** Paragraphs separated by a blank line, or {@code null} when there are none. */
	static String text(List<String> lines, boolean wrapped) {
		List<String> paragraphs = of(lines, wrapped);
		return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
	}

	/** Paragraphs one a line (a letter), or {@code null} when there are none. */
	static String lines(List<String> lines, boolean wrapped) {
		List<String> paragraphs = of(lines, wrapped);
		return paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
	}

	static boolean startsItem(String line) {
		return line.matches("^\\s*([-•*▪◦–o]|\\d{1,2}[.)])\\s.*");
	}

	private static void flush(List<String> paragraphs, StringBuilder current) {
		if (current.length() > 0) {
			paragraphs.add(current.toString());
			current.setLength(0);
		}
	}

}
