package org.urgentaction.importer.parse;

import java.util.regex.Pattern;

/**
 * The appeal deadline from a sentence such as
 * {@code PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 27 September 2019},
 * {@code PLEASE SEND APPEALS BEFORE 18 APRIL 2014 TO:} or
 * {@code Check ... if sending appeals after 23 June 2005}; a sentence that only says "as
 * soon as possible" or "immediately" means no deadline.
 */
final class Deadlines {

	static final Pattern SENTENCE = Pattern.compile("(?i)(please (take action|send appeals|write)[^\\n]{0,60}"
			+ "(until|before|by)|appeal deadline|appeals? after|deadline\\s*:|send appeals (immediately|as soon))");

	private static final Pattern AS_SOON_AS_POSSIBLE = Pattern
		.compile("(?i)\\b(as soon as possible|immediately|as quickly as possible|without delay)\\b");

	private Deadlines() {
	}

	/**
	 * Reads the deadline of {@code sentence} into {@code draft}; false when it says
	 * nothing.
	 */
	static boolean read(String sentence, Draft draft) {
		if (sentence == null) {
			return false;
		}
		var date = Dates.find(sentence);
		if (date.isPresent()) {
			draft.deadline = date.get();
			return true;
		}
		var dayMonth = Dates.findDayMonth(sentence);
		if (dayMonth.isPresent()) {
			draft.deadlineWithoutYear = dayMonth.get();
			return true;
		}
		if (AS_SOON_AS_POSSIBLE.matcher(sentence).find()) {
			draft.asSoonAsPossible = true;
			return true;
		}
		return false;
	}

}
