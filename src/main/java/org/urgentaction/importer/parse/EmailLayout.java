package org.urgentaction.importer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.AiIndex;
import org.urgentaction.ua.UaNumber;

/**
 * E-mailed UAs from before 2010: a subject such as {@code UA 152/05 on China} or
 * {@code 1st update to UA 258/05 on Syria}, an issue date, {@code categories:},
 * {@code RECOMMENDED ACTION:} with bullet points, {@code APPEALS TO:}, {@code COPIES TO:}
 * and {@code PLEASE SEND APPEALS ...}; text wrapped at about 70 characters.
 */
final class EmailLayout implements LayoutParser {

	private static final Pattern SUBJECT = Pattern.compile("(?i)^subject\\s*:\\s*(.*)$");

	private static final Pattern UA_LINE = Pattern.compile(
			"(?i)^(?<words>.{0,40}?)\\b(?:EX\\s*)?UA\\s*:?\\s*(?<number>(?:EX\\s*)?\\d{1,4}\\s*/\\s*\\d{2})\\b(?<rest>.*)$");

	private static final Pattern ON_COUNTRY = Pattern.compile("(?i)^\\s*on\\s+(.+?)\\s*$");

	private static final Pattern INDEX = Pattern.compile("(?i)\\bAI index\\s*:?\\s*(.*)$");

	private static final Pattern ISSUE_DATE = Pattern.compile("(?i)^(?:issue date|date of issue)\\s*:?\\s*(.*)$");

	private static final Pattern DATE = Pattern.compile("(?i)^date\\s*:\\s*(.*)$");

	private static final Pattern CATEGORIES = Pattern.compile("(?i)^categories\\s*:\\s*(.*)$");

	private static final Pattern RECOMMENDED = Pattern.compile("(?i)^recommended action\\b.*$");

	private static final Pattern APPEALS_TO = Pattern.compile("(?i)^appeals? to\\s*:?\\s*$");

	private static final Pattern COPIES_TO = Pattern.compile("(?i)^copies to\\s*:?\\s*(.*)$");

	private static final Pattern PLEASE_SEND = Pattern.compile("(?i)^please send appeals\\b.*$");

	private static final Pattern BACKGROUND = Pattern.compile("(?i)^background information\\s*:?$");

	@Override
	public String name() {
		return "e-mail";
	}

	@Override
	public int score(UaText text) {
		int found = LayoutParser.count(text, SUBJECT, CATEGORIES, RECOMMENDED, APPEALS_TO, INDEX);
		return (found == 0) ? 0 : 3 + found;
	}

	@Override
	public void parse(UaText text, Draft draft) {
		String subject = Labelled.value(text, SUBJECT).orElse("");
		int uaLine = text.find(UA_LINE, Math.max(0, text.find(SUBJECT) + 1));
		identify(subject, draft);
		if (uaLine >= 0) {
			Matcher matcher = UA_LINE.matcher(text.line(uaLine));
			matcher.find();
			identify(text.line(uaLine), draft);
			String rest = matcher.group("rest").replaceAll("^[\\s:\\-–]+", "").strip();
			if (!rest.isEmpty() && !ON_COUNTRY.matcher(rest).matches()) {
				draft.title = Titles.headline(rest, text.joined());
			}
		}
		draft.aiIndex = AiIndex.normalise(Labelled.value(text, INDEX).orElse(null)).orElse(null);
		draft.issueDate = Labelled.value(text, ISSUE_DATE)
			.or(() -> Labelled.value(text, DATE))
			.flatMap(Dates::find)
			.orElse(null);
		Labelled.value(text, CATEGORIES).ifPresent((value) -> draft.themes.addAll(Themes.categories(value)));
		int bodyStart = Math.max(Math.max(uaLine, text.find(CATEGORIES)), text.find(ISSUE_DATE)) + 1;
		int recommended = text.find(RECOMMENDED, bodyStart);
		int appeals = text.find(APPEALS_TO, bodyStart);
		int copies = text.find(COPIES_TO, Math.max(appeals, bodyStart));
		int pleaseSend = text.find(PLEASE_SEND, Math.max(appeals, bodyStart));
		int background = text.find(BACKGROUND, bodyStart);
		int bodyEnd = first(recommended, appeals, background, text.size());
		List<String> body = Paragraphs.of(text.lines(bodyStart, bodyEnd), text.wrapped());
		for (String line : text.lines(0, bodyEnd)) {
			draft.persons.addAll(Persons.marked(line));
		}
		List<String> summary = body.stream()
			.filter((paragraph) -> paragraph.length() > 120 || Persons.marked(paragraph).isEmpty())
			.toList();
		if (!summary.isEmpty()) {
			draft.summary = summary.get(0);
			if (background < 0 && summary.size() > 1) {
				draft.additionalInformation = String.join("\n\n", summary.subList(1, summary.size()));
			}
		}
		if (background >= 0) {
			draft.additionalInformation = Paragraphs.text(text.lines(background + 1,
					first(recommended > background ? recommended : -1, appeals, text.size())), text.wrapped());
		}
		if (appeals >= 0) {
			int end = first(copies, pleaseSend, text.size());
			CurrentLayout.targets(text.lines(appeals + 1, end), draft);
		}
		if (copies >= 0 && Labelled.value(text, COPIES_TO, copies).map(String::isBlank).orElse(true)) {
			draft.targets.addAll(ContactBlocks.read(text.lines(copies + 1, first(pleaseSend, text.size())), true));
		}
		if (recommended >= 0) {
			String sentence = Paragraphs.of(text.lines(recommended, text.size()), true).get(0);
			draft.preferredLanguages.addAll(Languages.writtenIn(sentence));
			List<String> points = Letters.bullets(text.lines(recommended + 1, first(appeals, text.size())));
			if (!points.isEmpty()) {
				String salutation = draft.targets.isEmpty() ? null : draft.targets.get(0).salutation;
				draft.letter = Letters.composed(salutation, points);
				draft.warn("letter", "letterComposed");
			}
		}
		if (pleaseSend >= 0) {
			Deadlines.read(Paragraphs.of(text.lines(pleaseSend, text.size()), true).get(0), draft);
		}
	}

	private static void identify(String line, Draft draft) {
		Matcher matcher = UA_LINE.matcher(line);
		if (!matcher.find()) {
			return;
		}
		if (draft.uaNumber == null) {
			draft.uaNumber = UaNumber.normalise("UA " + matcher.group("number")).orElse(null);
			draft.position(SequenceWords.read(matcher.group("words")));
		}
		Matcher on = ON_COUNTRY.matcher(matcher.group("rest"));
		if (draft.country == null && on.matches()) {
			draft.country = Countries.named(on.group(1)).or(() -> Countries.mentioned(on.group(1))).orElse(null);
		}
	}

	private static int first(int... indexes) {
		int first = Integer.MAX_VALUE;
		for (int index : indexes) {
			if (index >= 0 && index < first) {
				first = index;
			}
		}
		return first;
	}

}
