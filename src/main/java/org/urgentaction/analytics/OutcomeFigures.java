package org.urgentaction.analytics;

import java.util.List;
import java.util.Map;

/**
 * The outcome figures of some cases: {@code GET /api/analytics/outcomes} and the impact
 * pages. {@code byCountry} and {@code byTheme} hold a {@link Group} each, the largest
 * first; {@code medianDaysToOutcome} is null without a closed case.
 */
record OutcomeFigures(long cases, long closed, Map<String, Long> byOutcome, Double medianDaysToOutcome,
		Map<String, Group> byCountry, Map<String, Group> byTheme) {

	/** Cases of one country or theme. */
	record Group(long cases, long closed, Map<String, Long> byOutcome) {
	}

	/** Cases opened and closed in one month ({@code 2019-08}). */
	record Month(String month, long opened, long closed) {
	}

	/** Cases with one outcome (or still open: {@code outcome} null) and their actions. */
	record ActionsByOutcome(String outcome, long cases, long actions) {

		public long perCase() {
			return cases == 0 ? 0 : Math.round((double) actions / cases);
		}

	}

	/** What the pages show besides the API's figures. */
	record Details(List<Month> months, List<ActionsByOutcome> actionsByOutcome, Map<String, Long> repliesByCountry) {
	}

}
