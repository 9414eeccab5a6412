package org.urgentaction.importer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web pages of the 2000s (FORMATS.md layout 6): a title line
 * {@code NEPAL : Ram Example Fear of torture/Incommunicado detention}, the country again
 * with the people and their {@code (m)}, {@code Further information on UA 150/06 (ASA
 * 31/020/2006, 2 May 2006),} or {@code UA 150/06}, the theme, the document's own index
 * alone on a line, the date, then the body as in the circular.
 */
final class WebPageLayout implements LayoutParser {

	private static final Pattern TITLE = Pattern.compile("^[\\p{Lu}][\\p{Lu} '\\-]{2,40} : \\S");

	private static final Pattern INDEX_ALONE = Pattern
		.compile("(?iu)^(?:AI Index\\s*:?\\s*)?" + ArchiveIds.INDEX + "$");

	@Override
	public String name() {
		return "web page";
	}

	@Override
	public int score(UaText text) {
		int title = text.nextNonBlank(0);
		if (title < 0 || !TITLE.matcher(text.line(title)).find()) {
			return 0;
		}
		int index = text.find(INDEX_ALONE, title + 1);
		return (index > 0 && index < title + 12) ? 30 : 0;
	}

	@Override
	public void parse(UaText text, Draft draft) {
		Vocabulary vocabulary = Vocabulary.of(text);
		draft.vocabulary = vocabulary;
		int title = text.nextNonBlank(0);
		int index = text.find(INDEX_ALONE, title + 1);
		String line = text.line(title);
		String header = String.join(" ", text.lines(title, index));
		var country = Countries.inCapitals(line);
		if (country.isPresent()) {
			draft.country = country.get()[0];
			String capitals = line.substring(0, line.length() - country.get()[1].length()).replaceAll("[\\s:]+$", "");
			int again = header.indexOf(capitals, capitals.length());
			if (again > 0) {
				String rest = header.substring(again + capitals.length());
				int identifier = identifier(rest, vocabulary);
				draft.persons.addAll(ArchivePersons.read(List.of(rest.substring(0, identifier)), vocabulary));
				header = rest.substring(identifier);
			}
		}
		ArchiveHeader.read(header, vocabulary, draft);
		draft.aiIndex = ArchiveIds.aiIndex(text.line(index)).orElse(null);
		int date = text.nextNonBlank(index + 1);
		var issued = Dates.find(text.line(date));
		int bodyStart = index + 1;
		if (issued.isPresent()) {
			draft.issueDate = issued.get();
			bodyStart = date + 1;
		}
		ArchiveBody.read(text, bodyStart, vocabulary, draft);
	}

	/**
	 * Where the words that identify the document start: the update words or the UA
	 * number.
	 */
	private static int identifier(String text, Vocabulary vocabulary) {
		Matcher update = vocabulary.update.matcher(text);
		int at = update.find() ? update.start() : text.length();
		Matcher number = ArchiveIds.UA.matcher(text);
		return number.find() ? Math.min(at, number.start()) : at;
	}

}
