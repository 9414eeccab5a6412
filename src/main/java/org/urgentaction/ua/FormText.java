package org.urgentaction.ua;

import java.util.Arrays;
import java.util.List;

/**
 * How the staff form writes values: blank means absent, lists are one entry a line.
 */
final class FormText {

	private FormText() {
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String trimmed(String value) {
		return blank(value) ? null : value.strip();
	}

	static List<String> lines(String text) {
		if (blank(text)) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static String text(List<String> values) {
		return String.join("\n", values);
	}

}
