package org.urgentaction.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

/**
 * The letter offered to an activist for one target: the document's sample letter opened
 * with that target's salutation, or, for documents without one, a letter made of the
 * salutation, the summary and a sign-off.
 */
final class DefaultLetter {

	static final String SIGN_OFF = "Yours sincerely,";

	private DefaultLetter() {
	}

	static String forTarget(UaDocument document, Target target) {
		String letter = document.letter();
		if (letter == null || letter.isBlank()) {
			String summary = (document.summary() == null) ? "" : document.summary().strip();
			return target.greeting() + ",\n\n" + summary + (summary.isEmpty() ? "" : "\n\n") + SIGN_OFF;
		}
		return addressedTo(document, target, letter.strip());
	}

	/**
	 * The text with its first line replaced by the target's greeting when that line is
	 * the greeting of the sample letter or of any target of the document; otherwise the
	 * text as written.
	 */
	static String addressedTo(UaDocument document, Target target, String text) {
		String cleaned = XmlText.clean(text);
		int end = cleaned.indexOf('\n');
		String firstLine = (end < 0) ? cleaned : cleaned.substring(0, end);
		if (looksLikeGreeting(firstLine) && knownGreetings(document).contains(bare(firstLine))) {
			return target.greeting() + "," + ((end < 0) ? "" : cleaned.substring(end));
		}
		return cleaned;
	}

	private static List<String> knownGreetings(UaDocument document) {
		List<String> greetings = new ArrayList<>();
		for (Target target : document.targets()) {
			greetings.add(bare(target.greeting()));
		}
		String sampleFirstLine = (document.letter() == null) ? ""
				: document.letter().strip().lines().findFirst().orElse("");
		if (looksLikeGreeting(sampleFirstLine)) {
			greetings.add(bare(sampleFirstLine));
		}
		return greetings;
	}

	private static boolean looksLikeGreeting(String line) {
		String stripped = line.strip();
		return !stripped.isEmpty() && stripped.length() <= 80 && !stripped.contains(". ");
	}

	private static String bare(String line) {
		return line.strip().replaceAll("[,:;!]+$", "").strip().toLowerCase(Locale.ROOT);
	}

}
