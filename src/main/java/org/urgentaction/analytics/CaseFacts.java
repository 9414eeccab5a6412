package org.urgentaction.analytics;

import java.time.LocalDate;
import java.util.Set;

import org.urgentaction.ua.OutcomeType;

/**
 * What the analytics know of one case with a published document: when its first UA was
 * issued, whether and how it ended and when (the date of its final document, else the day
 * it was closed), its country and themes, its actions and its public replies.
 */
record CaseFacts(long caseId, LocalDate opened, boolean closed, OutcomeType outcome, LocalDate outcomeDay,
		String country, Set<String> themes, long actions) {

	/** Days from the first UA to the outcome, or null while the case is open. */
	Long daysToOutcome() {
		if (!closed || opened == null || outcomeDay == null) {
			return null;
		}
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(opened, outcomeDay));
	}

}
