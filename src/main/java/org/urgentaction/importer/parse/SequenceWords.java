package org.urgentaction.importer.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.DocumentKind;

/**
 * Where a document stands in its case, from the words before its UA number:
 * {@code Second UA}, {@code THIRD UA}, {@code first update on UA},
 * {@code Further information on UA}, {@code final update}, {@code stop action}.
 */
final class SequenceWords {

	private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth");

	private static final Pattern ORDINAL = Pattern.compile(
			"(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\\d{1,2})(?:st|nd|rd|th))\\b\\s*(update|ua|urgent action)?");

	private static final Pattern FINAL = Pattern
		.compile("(?i)\\b(final (update|action|ua)|stop action|no further action)\\b");

	private static final Pattern UPDATE = Pattern
		.compile("(?i)\\b(further information|follow[- ]?up|update|updated)\\b");

	private SequenceWords() {
	}

	/** Kind and sequence (0 when the words do not say which) of a document. */
	static Position read(String words) {
		String text = (words == null) ? "" : words;
		boolean closing = FINAL.matcher(text).find();
		Matcher ordinal = ORDINAL.matcher(text);
		if (ordinal.find()) {
			int number = (ordinal.group(2) != null) ? Integer.parseInt(ordinal.group(2))
					: ORDINALS.indexOf(ordinal.group(1).toLowerCase(Locale.ROOT)) + 1;
			boolean update = "update".equalsIgnoreCase(ordinal.group(3));
			int sequence = update ? number + 1 : number;
			if (ordinal.group(3) != null || text.substring(ordinal.end()).isBlank()) {
				DocumentKind kind = closing ? DocumentKind.FINAL
						: (sequence == 1 ? DocumentKind.INITIAL : DocumentKind.FOLLOW_UP);
				return new Position(kind, sequence, true);
			}
		}
		if (closing) {
			return new Position(DocumentKind.FINAL, 0, false);
		}
		if (UPDATE.matcher(text).find()) {
			return new Position(DocumentKind.FOLLOW_UP, 0, false);
		}
		return new Position(DocumentKind.INITIAL, 1, true);
	}

	record Position(DocumentKind kind, int sequence, boolean stated) {
	}

}
