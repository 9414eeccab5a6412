package org.urgentaction.importer.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values written after a label: on the label's line ({@code UNTIL: 27 September 2019})
 * or, when that is empty, on the next line that is not blank.
 */
final class Labelled {

	private Labelled() {
	}

	/**
	 * The value of the first line the label pattern (with the value as group 1) matches.
	 */
	static Optional<String> value(UaText text, Pattern label, int from) {
		int at = text.find(label, from);
		if (at < 0) {
			return Optional.empty();
		}
		Matcher matcher = label.matcher(text.line(at));
		matcher.find();
		String value = (matcher.groupCount() >= 1 && matcher.group(1) != null) ? matcher.group(1).strip() : "";
		if (value.isEmpty()) {
			int next = text.nextNonBlank(at + 1);
			if (next < 0 || next > at + 2 || isLabel(text.line(next))) {
				return Optional.empty();
			}
			value = text.line(next);
		}
		return Optional.of(value);
	}

	static Optional<String> value(UaText text, Pattern label) {
		return value(text, label, 0);
	}

	/** A heading line in capitals ending with a colon, e.g. {@code INDEX NUMBER:}. */
	static boolean isLabel(String line) {
		return line.matches("^[\\p{Lu}'’&\" ]{4,80}:.*") && !ContactBlocks.isContactLine(line);
	}

}
