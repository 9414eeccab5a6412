package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sample letter: from its salutation ({@code Dear ...}) to its sign-off
 * ({@code Yours sincerely,}). Layouts without one list the points to make as bullets; a
 * letter is then composed from them.
 */
final class Letters {

	static final Pattern SIGN_OFF = Pattern.compile(
			"(?i)^(yours (sincerely|faithfully|truly)|sincerely( yours)?|respectfully( yours)?|kind regards|best regards|"
					+ "atentamente|cordialement|yours|veuillez agr[ée]er\\b.*),?\\s*$");

	private static final Pattern BULLET = Pattern.compile("^\\s*([-•*▪◦–o]|\\d{1,2}[.)])\\s+");

	private Letters() {
	}

	/** Index of the letter's first line at or after {@code from}, or -1. */
	static int start(UaText text, int from, int to) {
		for (int i = Math.max(0, from); i < Math.min(to, text.size()); i++) {
			if (Salutations.OPENING.matcher(text.line(i)).matches() && !text.line(i).endsWith(":")) {
				return i;
			}
		}
		return -1;
	}

	/** Index of the sign-off line at or after {@code from}, or -1. */
	static int end(UaText text, int from, int to) {
		for (int i = Math.max(0, from); i < Math.min(to, text.size()); i++) {
			if (SIGN_OFF.matcher(text.line(i)).matches()) {
				return i;
			}
		}
		return -1;
	}

	static String text(UaText text, int start, int end) {
		return Paragraphs.lines(text.lines(start, end + 1), text.wrapped());
	}

	/** The bullet points of a block, each one sentence (wrapped lines joined). */
	static List<String> bullets(List<String> lines) {
		List<String> points = new ArrayList<>();
		StringBuilder current = null;
		for (String line : lines) {
			if (BULLET.matcher(line).find()) {
				if (current != null) {
					points.add(current.toString());
				}
				current = new StringBuilder(BULLET.matcher(line).replaceFirst("").strip());
			}
			else if (current != null && !line.isBlank()) {
				current.append(' ').append(line.strip());
			}
			else if (current != null) {
				points.add(current.toString());
				current = null;
			}
		}
		if (current != null) {
			points.add(current.toString());
		}
		return points;
	}

	/**
	 * A letter made of the recommended points: {@code Calling on the authorities to
	 * release ...} becomes {@code I call on the authorities to release ...}.
	 */
	static String composed(String salutation, List<String> points) {
		List<String> lines = new ArrayList<>();
		lines.add((salutation == null ? "Dear Sir or Madam" : salutation) + ",");
		for (String point : points) {
			lines.add(firstPerson(point));
		}
		lines.add("Yours sincerely,");
		return String.join("\n", lines);
	}

	/**
	 * A letter made of the recommended points in the document's language; only English
	 * points are turned into the first person.
	 */
	static String composed(String salutation, List<String> points, Vocabulary vocabulary) {
		if (vocabulary == Vocabulary.ENGLISH) {
			return composed(salutation, points);
		}
		List<String> lines = new ArrayList<>();
		lines.add((salutation == null ? vocabulary.opening : salutation) + ",");
		for (String point : points) {
			String sentence = point.strip().replaceAll("[;,]$", "");
			sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
			lines.add(sentence.endsWith(".") ? sentence : sentence + ".");
		}
		lines.add(vocabulary.signOff);
		return String.join("\n", lines);
	}

	private static String firstPerson(String point) {
		String sentence = point.strip().replaceAll("[;,]$", "");
		String[][] verbs = { { "Calling on", "I call on" }, { "Calling for", "I call for" }, { "Urging", "I urge" },
				{ "Expressing concern", "I am concerned" }, { "Expressing", "I express" }, { "Asking", "I ask" },
				{ "Reminding", "I remind" }, { "Seeking", "I seek" }, { "Demanding", "I demand" },
				{ "Requesting", "I request" } };
		for (String[] verb : verbs) {
			if (sentence.regionMatches(true, 0, verb[0], 0, verb[0].length())) {
				sentence = verb[1] + sentence.substring(verb[0].length());
				break;
			}
		}
		sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
		return sentence.endsWith(".") ? sentence : sentence + ".";
	}

}
