package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows the people in the circular and the web pages of the archive: the body (its
 * first paragraph the summary, the rest additional information), {@code RECOMMENDED
 * ACTION:} with the points to make (a letter is composed from them, and the languages to
 * write in are read from its first sentence), {@code APPEALS TO:}, {@code COPIES TO:} and
 * {@code PLEASE SEND APPEALS IMMEDIATELY ... after <date>}, the deadline. Labels are
 * found even when a line break falls inside them.
 */
final class ArchiveBody {

	private static final Pattern HEADING = Pattern
		.compile("(?iu)^(background information|informations? g[ée]n[ée]rales?"
				+ "|contexte|informaci[óo]n (?:general|adicional)|additional information)\\s*:?$");

	private static final Pattern BULLET = Pattern.compile("^\\s*([-•*▪–]|\\d{1,2}[.)])\\s+");

	private static final Pattern FRENCH_LANGUAGES = Pattern
		.compile("(?iu)\\b(?:en|in) (\\p{L}+)(?=\\s*(?:,|\\bou\\b|\\bo\\b|\\bet\\b|\\by\\b))");

	private ArchiveBody() {
	}

	static void read(UaText text, int from, Vocabulary vocabulary, Draft draft) {
		int recommended = find(text, vocabulary.recommended, from);
		int appeals = find(text, vocabulary.appealsTo, from);
		int pleaseSend = find(text, vocabulary.pleaseSend, from);
		int copies = find(text, vocabulary.copiesTo, Math.max(from, appeals));
		int end = first(recommended, appeals, copies, pleaseSend, text.size());
		List<String> lines = text.lines(from, end).stream().filter((line) -> !HEADING.matcher(line).matches()).toList();
		List<String> paragraphs = Paragraphs.of(lines, true);
		if (!paragraphs.isEmpty()) {
			draft.summary = paragraphs.get(0);
			if (paragraphs.size() > 1) {
				draft.additionalInformation = String.join("\n\n", paragraphs.subList(1, paragraphs.size()));
			}
		}
		if (appeals >= 0) {
			draft.targets
				.addAll(ArchiveTargets.read(text.lines(appeals + 1, first(copies, pleaseSend, text.size())), false));
		}
		if (copies >= 0) {
			Matcher inline = vocabulary.copiesTo.matcher(text.line(copies));
			if (inline.find() && inline.group(1).isBlank()) {
				draft.targets.addAll(ArchiveTargets.read(text.lines(copies + 1, first(pleaseSend, text.size())), true));
			}
		}
		if (recommended >= 0) {
			recommended(text, recommended, first(appeals, copies, pleaseSend, text.size()), vocabulary, draft);
		}
		if (pleaseSend >= 0) {
			String sentence = String.join(" ", Paragraphs.of(text.lines(pleaseSend, text.size()), true).get(0));
			Deadlines.read(sentence, draft);
		}
	}

	private static void recommended(UaText text, int start, int end, Vocabulary vocabulary, Draft draft) {
		List<String> intro = new ArrayList<>();
		int bullets = start;
		while (bullets < end && !BULLET.matcher(text.line(bullets)).find()) {
			intro.add(text.line(bullets));
			bullets++;
		}
		String sentence = String.join(" ", intro);
		draft.preferredLanguages
			.addAll(vocabulary == Vocabulary.ENGLISH ? Languages.writtenIn(sentence) : languages(sentence));
		List<String> points = Letters.bullets(text.lines(bullets, end));
		if (!points.isEmpty()) {
			String salutation = draft.targets.stream()
				.filter((target) -> !target.copy)
				.map((target) -> target.salutation)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(null);
			draft.letter = Letters.composed(salutation, points, vocabulary);
			draft.warn("letter", "letterComposed");
		}
	}

	/** {@code en français, en anglais ou dans votre propre langue}: Français, Anglais. */
	private static List<String> languages(String sentence) {
		List<String> languages = new ArrayList<>();
		Matcher matcher = FRENCH_LANGUAGES.matcher(sentence);
		while (matcher.find()) {
			String word = matcher.group(1);
			String language = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase();
			if (!languages.contains(language) && !language.matches("(?iu)su|votre|your")) {
				languages.add(language);
			}
		}
		return languages;
	}

	/**
	 * The first line at or after {@code from} where the label starts, even broken over
	 * three lines.
	 */
	static int find(UaText text, Pattern label, int from) {
		for (int i = Math.max(0, from); i < text.size(); i++) {
			Deadline.check();
			String line = text.line(i);
			if (line.isEmpty()) {
				continue;
			}
			if (label.matcher(line).find() || label.matcher(line + " " + text.line(i + 1)).find()
					|| label.matcher(line + " " + text.line(i + 1) + " " + text.line(i + 2)).find()) {
				return i;
			}
		}
		return -1;
	}

	static int first(int... indexes) {
		int first = Integer.MAX_VALUE;
		for (int index : indexes) {
			if (index >= 0 && index < first) {
				first = index;
			}
		}
		return first;
	}

}
