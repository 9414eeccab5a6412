package org.urgentaction.ua;

import java.util.Arrays;
import java.util.List;

/**
 * Stores a list of single-line values as one column, one value a line.
 */
final class Lines {

	private Lines() {
	}

	static String join(List<String> values) {
		List<String> kept = values.stream()
			.map((value) -> value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip())
			.filter((value) -> !value.isEmpty())
			.toList();
		return kept.isEmpty() ? null : String.join("\n", kept);
	}

	static List<String> split(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split("\n")).filter((value) -> !value.isBlank()).toList();
	}

}
