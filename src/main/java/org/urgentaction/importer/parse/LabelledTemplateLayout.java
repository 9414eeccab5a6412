package org.urgentaction.importer.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.urgentaction.ua.AiIndex;
import org.urgentaction.ua.UaNumber;

/**
 * The labelled template of about 2017: one capitalised label per field
 * ({@code URGENT ACTION TITLE:}, {@code INDEX NUMBER:} ...), in any order.
 */
final class LabelledTemplateLayout implements LayoutParser {

	private static final Map<String, Pattern> HEADINGS = headings();

	@Override
	public String name() {
		return "2017";
	}

	@Override
	public int score(UaText text) {
		int found = LayoutParser.count(text, HEADINGS.get("title"), HEADINGS.get("date"), HEADINGS.get("type"),
				HEADINGS.get("index"), HEADINGS.get("summary"), HEADINGS.get("letter"), HEADINGS.get("targets"),
				HEADINGS.get("deadline"));
		return (found >= 3) ? 10 + found : 0;
	}

	@Override
	public void parse(UaText text, Draft draft) {
		Sections sections = new Sections(text, HEADINGS);
		draft.summary = Paragraphs.text(sections.lines("summary"), text.wrapped());
		String title = sections.joined("title");
		if (title != null) {
			String[] countryAndTitle = Titles.countryPrefix(title);
			draft.country = countryAndTitle[0];
			draft.title = Titles.headline(countryAndTitle[1], draft.summary == null ? "" : draft.summary);
		}
		draft.issueDate = Dates.find(sections.joined("date")).orElse(null);
		String type = sections.joined("type");
		if (type != null) {
			draft.position(SequenceWords.read(type.replaceAll("(?i)\\bUA\\s*:?\\s*(EX\\s*)?\\d.*$", "UA")));
			draft.uaNumber = UaNumber.normalise(type.replaceAll("^\\D*?(?=(EX\\s*)?\\d)", "UA ")).orElse(null);
		}
		draft.aiIndex = AiIndex.normalise(sections.joined("index")).orElse(null);
		letter(sections.lines("letter"), text.wrapped(), draft);
		CurrentLayout.targets(sections.lines("targets"), draft);
		draft.preferredLanguages.addAll(Languages.list(sections.first("languages")));
		Deadlines.read(sections.joined("deadline"), draft);
		draft.previousUaLink = Links.first(sections.joined("link"));
		draft.additionalInformation = Paragraphs.text(sections.lines("background"), text.wrapped());
		draft.persons.addAll(Persons.list(sections.joined("persons")));
	}

	private static void letter(List<String> lines, boolean wrapped, Draft draft) {
		int start = -1;
		int end = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (start < 0 && Salutations.OPENING.matcher(lines.get(i)).matches()) {
				start = i;
			}
			else if (start >= 0 && Letters.SIGN_OFF.matcher(lines.get(i)).matches()) {
				end = i;
				break;
			}
		}
		if (start < 0) {
			draft.letter = Paragraphs.lines(lines, wrapped);
			return;
		}
		if (end < 0) {
			draft.warn("letter", "letterNoSignOff");
			end = lines.size() - 1;
		}
		draft.letter = Paragraphs.lines(lines.subList(start, end + 1), wrapped);
	}

	private static Map<String, Pattern> headings() {
		Map<String, Pattern> headings = new LinkedHashMap<>();
		headings.put("title", label("urgent action title"));
		headings.put("date", label("(?:publication|issue) date"));
		headings.put("type", label("urgent action type and number"));
		headings.put("index", label("(?:ai )?index number"));
		headings.put("summary", label("urgent action summary"));
		headings.put("letter", label("urgent action letter"));
		headings.put("targets", Pattern.compile("(?i)^targets?['’]?s? contact details\\b.*?(?::\\s*(.*))?$"));
		headings.put("languages", Languages.LABEL);
		headings.put("deadline", label("appeal deadline notice"));
		headings.put("diplomatic", Pattern.compile("(?i)^also send copies to diplomatic representatives\\b.*$"));
		headings.put("link", CurrentLayout.LINK);
		headings.put("background", label("(?:background|additional) information"));
		headings.put("persons", Persons.LABEL);
		return headings;
	}

	private static Pattern label(String words) {
		return Pattern.compile("(?i)^" + words + "\\s*:?\\s*(.*)$");
	}

}
