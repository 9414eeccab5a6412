package org.urgentaction.ua;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The first sentence of a summary, shown at the top of the page beside the call to act,
 * and the rest of it, shown below.
 */
record Lead(String first, String rest) {

	static Lead of(String summary) {
		if (summary == null || summary.isBlank()) {
			return new Lead("", "");
		}
		String text = summary.strip();
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
		sentences.setText(text);
		int end = sentences.next();
		if (end == BreakIterator.DONE || end >= text.length()) {
			return new Lead(text, "");
		}
		return new Lead(text.substring(0, end).strip(), text.substring(end).strip());
	}

}
