package org.urgentaction.importer.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;

/**
 * The outcome a closing document reports, from the first telling words in it, in English,
 * French or Spanish: released, charges dropped, acquitted, sentence commuted, executed. A
 * notice that only asks for no further action is {@code NO_FURTHER_ACTION}; one that says
 * neither is {@code OTHER}, for the coordinator to decide.
 */
final class Outcomes {

	private static final Map<OutcomeType, Pattern> WORDS = words();

	private Outcomes() {
	}

	static Outcome find(String text) {
		OutcomeType found = null;
		int first = Integer.MAX_VALUE;
		for (Map.Entry<OutcomeType, Pattern> entry : WORDS.entrySet()) {
			Matcher matcher = entry.getValue().matcher(text);
			if (matcher.find() && matcher.start() < first) {
				first = matcher.start();
				found = entry.getKey();
			}
		}
		if (found == null) {
			found = Vocabulary.saysClosed(text) ? OutcomeType.NO_FURTHER_ACTION : OutcomeType.OTHER;
		}
		return new Outcome(found, null);
	}

	/** Whether the text reports an outcome in so many words. */
	static boolean reported(String text) {
		return WORDS.values().stream().anyMatch((pattern) -> pattern.matcher(text).find());
	}

	private static Map<OutcomeType, Pattern> words() {
		Map<OutcomeType, Pattern> words = new LinkedHashMap<>();
		words.put(OutcomeType.CHARGES_DROPPED, Pattern.compile("(?iu)\\b(charges?\\b[^.]{0,120}?\\b(dropped|withdrawn)"
				+ "|charges\\b[^.]{0,120}?\\babandonn[ée]es|cargos\\b[^.]{0,120}?\\b(retirados|retiraron|desestimados))"));
		words.put(OutcomeType.RELEASED, Pattern.compile("(?iu)\\b((was|were|has been|have been|been) (released|freed)"
				+ "|(a|ont) [ée]t[ée] (lib[ée]r[ée]e?s?|remise? en libert[ée])|lib[ée]r[ée]e?s? sans"
				+ "|(qued[óo]|quedaron|fue puest[oa]|fueron puest[oa]s) en libertad|(fue|fueron) liberad[oa]s?)\\b"));
		words.put(OutcomeType.ACQUITTED, Pattern.compile("(?iu)\\b(acquitted|acquitt[ée]e?s?|absuelt[oa]s?)\\b"));
		words.put(OutcomeType.SENTENCE_COMMUTED, Pattern.compile("(?iu)\\b(commuted|commu[ée]e?s?|conmutad[oa]s?)\\b"));
		words.put(OutcomeType.EXECUTED, Pattern.compile("(?iu)\\b((was|were|has been|have been) executed"
				+ "|(a|ont) [ée]t[ée] ex[ée]cut[ée]e?s?|(fue|fueron) ejecutad[oa]s?)\\b"));
		return words;
	}

}
