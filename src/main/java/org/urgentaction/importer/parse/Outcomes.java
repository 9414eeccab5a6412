package org.urgentaction.importer.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;

/**
 * The outcome a closing document reports, from the first telling words in it: released,
 * charges dropped, acquitted, sentence commuted, executed.
 */
final class Outcomes {

	private static final Map<OutcomeType, Pattern> WORDS = Map.of(OutcomeType.RELEASED,
			Pattern.compile("(?i)\\b(was|were|has been|have been|been) (released|freed)\\b"),
			OutcomeType.CHARGES_DROPPED,
			Pattern.compile("(?i)\\bcharges? (against \\w+ )?(were|was|have been|has been) (dropped|withdrawn)\\b"),
			OutcomeType.ACQUITTED, Pattern.compile("(?i)\\b(acquitted)\\b"), OutcomeType.SENTENCE_COMMUTED,
			Pattern.compile("(?i)\\b(sentence (was|has been) commuted|commuted)\\b"), OutcomeType.EXECUTED,
			Pattern.compile("(?i)\\b(was|were|has been|have been) executed\\b"));

	private Outcomes() {
	}

	static Outcome find(String text) {
		OutcomeType found = OutcomeType.NO_FURTHER_ACTION;
		int first = Integer.MAX_VALUE;
		for (Map.Entry<OutcomeType, Pattern> entry : WORDS.entrySet()) {
			Matcher matcher = entry.getValue().matcher(text);
			if (matcher.find() && matcher.start() < first) {
				first = matcher.start();
				found = entry.getKey();
			}
		}
		return new Outcome(found, null);
	}

}
