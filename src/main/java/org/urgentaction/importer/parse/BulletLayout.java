package org.urgentaction.importer.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout of about 2010 to 2016: headline and summary, then
 * {@code PLEASE WRITE IMMEDIATELY in ...:} with bullet points instead of a sample letter,
 * {@code PLEASE SEND APPEALS BEFORE <date> TO:} with the targets, {@code And copies to:},
 * {@code ADDITIONAL INFORMATION}, {@code Name:} / {@code Gender m/f:} and the footer
 * {@code UA: 58/14 Index: AMR 61/004/2014 Issue Date: 7 March 2014}.
 */
final class BulletLayout implements LayoutParser {

	private static final Pattern WRITE = Pattern.compile("(?i)^please write immediately\\b.*$");

	private static final Pattern APPEALS = Pattern.compile("(?i)^please send appeals (before|to|by)\\b.*$");

	private static final Pattern COPIES = Pattern.compile("(?i)^(and )?copies to\\s*:?\\s*$");

	private static final Pattern ADDITIONAL = Pattern.compile("(?i)^additional information\\s*:?$");

	private static final Pattern DIPLOMATIC = Pattern
		.compile("(?i)^(also send copies to diplomatic|please check with your section|please check with the)\\b");

	private static final Pattern NAME = Pattern.compile("(?i)^names?\\s*:\\s*(.*)$");

	private static final Pattern HEADER = Pattern.compile("(?i)^(urgent action|further information on ua\\b.*)$");

	@Override
	public String name() {
		return "2010";
	}

	@Override
	public int score(UaText text) {
		int found = LayoutParser.count(text, WRITE, APPEALS, Persons.GENDER, NAME);
		return (found == 0) ? 0 : 4 + found;
	}

	@Override
	public void parse(UaText text, Draft draft) {
		identify(text, draft);
		int headline = 0;
		while (headline < text.size() && (text.line(headline).isEmpty() || HEADER.matcher(text.line(headline)).matches()
				|| IdentifierLine.FIND.matcher(text.line(headline)).find())) {
			headline++;
		}
		int write = text.find(WRITE, headline);
		int appeals = text.find(APPEALS, headline);
		int additional = text.find(ADDITIONAL, headline);
		int name = text.find(NAME, Math.max(additional, headline));
		int footer = lastIdentifier(text);
		int bodyEnd = first(write, appeals, additional, name, footer, text.size());
		draft.summary = Paragraphs.text(text.lines(headline + 1, bodyEnd), text.wrapped());
		draft.title = Titles.headline(text.line(headline), draft.summary == null ? "" : draft.summary);
		List<String> points = List.of();
		if (write >= 0) {
			draft.preferredLanguages.addAll(Languages.writtenIn(text.line(write)));
			points = Letters.bullets(text.lines(write + 1, first(appeals, additional, name, footer, text.size())));
		}
		if (appeals >= 0) {
			Deadlines.read(text.line(appeals), draft);
			int targetsEnd = first(text.find(DIPLOMATIC, appeals + 1), additional, name, footer, text.size());
			CurrentLayout.targets(text.lines(appeals + 1, targetsEnd), draft);
		}
		if (!points.isEmpty()) {
			String salutation = draft.targets.isEmpty() ? null : draft.targets.get(0).salutation;
			draft.letter = Letters.composed(salutation, points);
			draft.warn("letter", "letterComposed");
		}
		if (additional >= 0) {
			draft.additionalInformation = Paragraphs.text(
					text.lines(additional + 1, first(name, footer > additional ? footer : -1, text.size())),
					text.wrapped());
		}
		if (name >= 0) {
			String genders = Labelled.value(text, Persons.GENDER, name).orElse(null);
			draft.persons.addAll(Persons.withGenders(Labelled.value(text, NAME, name).orElse(""), genders));
		}
	}

	private static void identify(UaText text, Draft draft) {
		String words = null;
		for (int i = text.find(IdentifierLine.FIND); i >= 0; i = text.find(IdentifierLine.FIND, i + 1)) {
			IdentifierLine line = IdentifierLine.parse(text.line(i)).orElse(null);
			if (line == null) {
				continue;
			}
			if (draft.uaNumber == null) {
				CurrentLayout.identify(line, draft);
			}
			if (words == null || words.isBlank()) {
				words = line.sequenceWords();
			}
			draft.country = (draft.country == null) ? line.country() : draft.country;
			draft.issueDate = (draft.issueDate == null) ? line.date() : draft.issueDate;
		}
		if (words != null) {
			draft.position(SequenceWords.read(words));
		}
	}

	private static int lastIdentifier(UaText text) {
		int last = -1;
		for (int i = text.find(IdentifierLine.FIND); i >= 0; i = text.find(IdentifierLine.FIND, i + 1)) {
			last = i;
		}
		return (last > 5) ? last : -1;
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
