package org.urgentaction.importer.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The circular of the 1970s to early 2000s (FORMATS.md layout 5), and the same in French
 * and Spanish (layout 8): {@code EXTERNAL (for general distribution)},
 * {@code AI Index: MDE 29/07/94}, {@code Distr: UA/SC}, the date,
 * {@code UA 211/94 <theme>} or
 * {@code Further information on UA 211/94 (MDE 29/05/94, 3 June 1994) - <theme>}, the
 * country in capitals with the people, the body, the recommended action, the targets and
 * the deadline. Often OCR'd: line breaks anywhere, words run together.
 */
final class CircularLayout implements LayoutParser {

	private static final Pattern MARKERS = Pattern.compile("(?iu)(general distribution|^distr\\s*:|^action urgente\\b"
			+ "|^acci[óo]n urgente\\b|index ai\\s*:|[íi]ndice ai\\s*:|international secretariat, or your section"
			+ "|telexes\\s*:|telegrams\\s*:)");

	@Override
	public String name() {
		return "circular";
	}

	@Override
	public int score(UaText text) {
		int markers = 0;
		for (int i = 0; i < text.size() && markers < 5; i++) {
			markers += MARKERS.matcher(text.line(i)).find() ? 1 : 0;
		}
		boolean header = text.find(MARKERS) >= 0 && text.find(MARKERS) < 6;
		return (header && markers >= 1) ? 20 + markers : 0;
	}

	@Override
	public void parse(UaText text, Draft draft) {
		Vocabulary vocabulary = Vocabulary.of(text);
		draft.vocabulary = vocabulary;
		int people = peopleLine(text, 1);
		int headerEnd = (people < 0) ? Math.min(text.size(), 8) : people;
		ArchiveHeader.read(String.join(" ", text.lines(0, headerEnd)), vocabulary, draft);
		int bodyStart = headerEnd;
		if (people >= 0) {
			String[] country = Countries.inCapitals(text.line(people)).orElseThrow();
			draft.country = country[0];
			int blank = people;
			while (blank < text.size() && !text.line(blank).isEmpty()) {
				blank++;
			}
			List<String> lines = new java.util.ArrayList<>(text.lines(people + 1, blank));
			lines.add(0, country[1]);
			draft.persons.addAll(ArchivePersons.read(lines, vocabulary));
			bodyStart = blank;
		}
		ArchiveBody.read(text, bodyStart, vocabulary, draft);
	}

	/** The line that starts with the country in capitals, followed by a name. */
	static int peopleLine(UaText text, int from) {
		for (int i = from; i < Math.min(text.size(), from + 40); i++) {
			Deadline.check();
			String line = text.line(i);
			if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
				continue;
			}
			Optional<String[]> country = Countries.inCapitals(line);
			if (country.isPresent() && !country.get()[1].isEmpty()
					&& Character.isUpperCase(country.get()[1].charAt(0))) {
				return i;
			}
		}
		return -1;
	}

}
