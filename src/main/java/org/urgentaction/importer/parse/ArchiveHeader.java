package org.urgentaction.importer.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.DocumentKind;

/**
 * The part of an archive document that identifies it, read as one line (OCR breaks lines
 * anywhere): {@code UA 211/94 Fear of torture 3 June 1994} for a first UA, or
 * {@code Further information on UA 211/94 (MDE 29/05/94, 3 June 1994) - Fear of torture /
 * Legal concern 10 June 1994} for an update, which names the document it follows. The
 * words after the number (the theme) are the title; the date that is not the previous
 * document's is the issue date.
 */
final class ArchiveHeader {

	private static final Pattern OWN_INDEX = Pattern
		.compile("(?iu)(?:AI\\s*Index|Index\\s*AI|[ÍI]ndice\\s*AI)\\s*:?\\s*(" + ArchiveIds.INDEX + ")");

	/**
	 * The parenthesis naming earlier documents; more may follow
	 * ({@code and follow-up (...)}).
	 */
	private static final Pattern REFERENCE = Pattern
		.compile("^\\s*(?:(?:and|et|y)\\b[\\p{L}\\- ]{0,30}?)?\\((?<refs>[^()]{5,300})\\)\\s*[,.]?");

	private static final Pattern INDEX = Pattern.compile("(?iu)" + ArchiveIds.INDEX);

	private ArchiveHeader() {
	}

	/** Reads the header into {@code draft}; false when it names no UA number. */
	static boolean read(String header, Vocabulary vocabulary, Draft draft) {
		Matcher own = OWN_INDEX.matcher(header);
		if (own.find()) {
			draft.aiIndex = ArchiveIds.aiIndex(own.group(1)).orElse(null);
		}
		Optional<ArchiveIds.Mention> mention = ArchiveIds.uaNumber(header);
		if (mention.isEmpty()) {
			return false;
		}
		draft.uaNumber = mention.get().number();
		String words = header.substring(Math.max(0, mention.get().start() - 80), mention.get().start());
		String rest = header.substring(mention.get().end());
		StringBuilder references = new StringBuilder();
		for (Matcher reference = REFERENCE.matcher(rest); reference.find()
				&& INDEX.matcher(reference.group("refs")).find(); reference = REFERENCE.matcher(rest)) {
			references.append(reference.group("refs")).append(" and ");
			rest = rest.substring(reference.end());
		}
		if (!references.isEmpty()) {
			draft.follows = previous(references.toString());
		}
		position(words, draft.follows != null, vocabulary, draft);
		String before = INDEX.matcher(header.substring(0, mention.get().start())).replaceAll(" ");
		Optional<Dates.Located> dated = Dates.locate(rest);
		String title = rest;
		if (dated.isPresent()) {
			draft.issueDate = dated.get().date();
			title = rest.substring(0, dated.get().start());
		}
		else {
			draft.issueDate = Dates.find(before).orElse(null);
		}
		title = title.replaceAll("^[\\s\\-–—,:.]+", "").replaceAll("[\\s\\-–—,:;.]+$", "").strip();
		if (!title.isEmpty() && title.length() <= 300) {
			draft.title = title;
			draft.themes.addAll(Themes.categories(title));
		}
		return true;
	}

	private static void position(String words, boolean follows, Vocabulary vocabulary, Draft draft) {
		int ordinal = vocabulary.ordinal(words);
		if (vocabulary == Vocabulary.ENGLISH || ordinal == 0) {
			SequenceWords.Position position = SequenceWords.read(words);
			boolean update = follows || vocabulary.update.matcher(words).find();
			if (update && position.kind() == DocumentKind.INITIAL) {
				position = new SequenceWords.Position(DocumentKind.FOLLOW_UP, 0, false);
			}
			draft.position(position);
			return;
		}
		draft.position(new SequenceWords.Position(ordinal == 1 ? DocumentKind.INITIAL : DocumentKind.FOLLOW_UP, ordinal,
				true));
	}

	/**
	 * The last document an update's parenthesis names, e.g.
	 * {@code MDE 29/05/94, 3 June 1994} or
	 * {@code AFR 12/004/2006, 2 mars 2006 and AFR 12/006/2006, 9 mars 2006}.
	 */
	static PreviousDocument previous(String references) {
		Matcher index = INDEX.matcher(references);
		String last = null;
		int end = 0;
		while (index.find()) {
			last = index.group();
			end = index.end();
		}
		if (last == null) {
			return null;
		}
		return new PreviousDocument(ArchiveIds.aiIndex(last).orElse(null),
				Dates.find(references.substring(end)).orElse(null));
	}

}
