package org.urgentaction.letter;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sentences of a text, and the demands among them ("I urge you to ...", "... should be
 * released").
 */
final class Sentences {

	private static final Pattern DEMAND = Pattern.compile(
			"\\b(urge|call on|call upon|ask you|request that|demand|must|should|release)\\b", Pattern.CASE_INSENSITIVE);

	private Sentences() {
	}

	static List<String> of(String text) {
		List<String> sentences = new ArrayList<>();
		if (text == null) {
			return sentences;
		}
		for (String paragraph : text.split("\n")) {
			BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
			iterator.setText(paragraph);
			int start = iterator.first();
			for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
				String sentence = paragraph.substring(start, end).strip();
				if (!sentence.isEmpty()) {
					sentences.add(sentence);
				}
			}
		}
		return sentences;
	}

	/**
	 * The sentences that ask for something; the last sentence when none does.
	 */
	static List<String> demands(String text) {
		List<String> all = of(text);
		List<String> demands = all.stream().filter((s) -> DEMAND.matcher(s).find()).toList();
		if (demands.isEmpty() && !all.isEmpty()) {
			return List.of(all.get(all.size() - 1));
		}
		return demands;
	}

}
