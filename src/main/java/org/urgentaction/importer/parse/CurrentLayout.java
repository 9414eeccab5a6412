package org.urgentaction.importer.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout since about 2019 (the sample UA 46/19): headline, summary,
 * {@code TAKE ACTION:}, an identifier line, the targets, the sample letter,
 * {@code Additional information} and labelled closing lines.
 */
final class CurrentLayout implements LayoutParser {

	static final Pattern URGENT_ACTION = Pattern
		.compile("(?iu)^(urgent action|action urgente|acci[óo]n urgente|تحرك عاجل)$");

	private static final Pattern TAKE_ACTION = Pattern.compile("(?iu)^(take action|agissez|act[úu]en)\\b");

	private static final Pattern ADDITIONAL = Pattern.compile(
			"(?iu)^((additional|background) information|compl[ée]ment d['’]information|informaci[óo]n adicional)\\s*:?$");

	static final Pattern DEADLINE = Pattern
		.compile("(?i)^please take action as soon as possible(?:\\s+until)?\\s*:?\\s*(.*)$");

	static final Pattern LINK = Pattern
		.compile("(?i)^links? to (?:the )?previous (?:ua|urgent action)s?\\s*:?\\s*(.*)$");

	static final Pattern COPIES = Pattern.compile("(?i)^(and )?(send )?copies to\\s*:?\\s*$");

	@Override
	public String name() {
		return "2019";
	}

	@Override
	public int score(UaText text) {
		if (text.find(IdentifierLine.FIND) < 0) {
			return 0;
		}
		int found = LayoutParser.count(text, TAKE_ACTION, DEADLINE, Persons.LABEL, LINK, ADDITIONAL);
		if (found >= 2 && Vocabulary.of(text) != Vocabulary.ENGLISH) {
			// in French or Spanish it opens like a circular (ACTION URGENTE): its
			// identifier
			// line and sections decide
			return 30 + found;
		}
		return (found == 0) ? 1 : 5 + found;
	}

	@Override
	public void parse(UaText text, Draft draft) {
		int identifier = text.find(IdentifierLine.FIND);
		IdentifierLine.parse(text.line(identifier)).ifPresent((line) -> identify(line, draft));
		int headline = text.nextNonBlank(Math.max(0, text.find(URGENT_ACTION) + 1));
		int takeAction = text.find(TAKE_ACTION, headline + 1);
		int summaryEnd = (takeAction >= 0 && takeAction < identifier) ? takeAction : identifier;
		if (headline >= 0 && headline < identifier) {
			draft.summary = Paragraphs.text(text.lines(headline + 1, summaryEnd), text.wrapped());
			draft.title = Titles.headline(text.line(headline), draft.summary == null ? "" : draft.summary);
		}
		int additional = text.find(ADDITIONAL, identifier + 1);
		int bodyEnd = (additional < 0) ? text.size() : additional;
		int letterStart = Letters.start(text, identifier + 1, bodyEnd);
		int letterEnd = (letterStart < 0) ? -1 : Letters.end(text, letterStart + 1, bodyEnd);
		targets(text.lines(identifier + 1, letterStart < 0 ? bodyEnd : letterStart), draft);
		if (letterStart >= 0) {
			int end = (letterEnd < 0) ? bodyEnd - 1 : letterEnd;
			draft.letter = Letters.text(text, letterStart, end);
			if (letterEnd < 0) {
				draft.warn("letter", "letterNoSignOff");
			}
		}
		if (additional >= 0) {
			int end = additional + 1;
			while (end < text.size() && !Labelled.isLabel(text.line(end))) {
				end++;
			}
			draft.additionalInformation = Paragraphs.text(text.lines(additional + 1, end), text.wrapped());
		}
		int closing = Math.max(letterEnd, identifier);
		Labelled.value(text, Languages.LABEL, closing)
			.ifPresent((value) -> draft.preferredLanguages.addAll(Languages.list(value)));
		int deadline = text.find(DEADLINE, closing);
		if (deadline >= 0) {
			Deadlines.read(text.line(deadline) + " " + text.line(deadline + 1), draft);
		}
		Labelled.value(text, Persons.LABEL, closing).ifPresent((value) -> draft.persons.addAll(Persons.list(value)));
		Labelled.value(text, LINK, closing).ifPresent((value) -> draft.previousUaLink = Links.first(value));
	}

	static void identify(IdentifierLine line, Draft draft) {
		draft.position(SequenceWords.read(line.sequenceWords()));
		draft.uaNumber = line.uaNumber();
		draft.aiIndex = line.aiIndex();
		draft.country = line.country();
		draft.issueDate = line.date();
	}

	static void targets(List<String> lines, Draft draft) {
		int copies = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (COPIES.matcher(lines.get(i)).matches()) {
				copies = i;
				break;
			}
		}
		if (copies < 0) {
			draft.targets.addAll(ContactBlocks.read(lines, false));
		}
		else {
			draft.targets.addAll(ContactBlocks.read(lines.subList(0, copies), false));
			draft.targets.addAll(ContactBlocks.read(lines.subList(copies + 1, lines.size()), true));
		}
	}

}
