package org.urgentaction.action;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counted, not voided actions of a document, a case or all documents. {@code reports} is
 * the number of reports, {@code reporters} of distinct reporters (a report without email
 * or cookie is a reporter of its own). The maps hold actions per channel, target id
 * ("none" for reports that named none), ISO country code and UTC day (yyyy-MM-dd).
 */
public record ActionTotals(long actions, long reports, long reporters, Map<String, Long> byChannel,
		Map<String, Long> byTarget, Map<String, Long> byCountry, Map<String, Long> byDay) {

	public static final ActionTotals NONE = new ActionTotals(0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of());

	public ActionTotals {
		byChannel = Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
		byTarget = Collections.unmodifiableMap(new LinkedHashMap<>(byTarget));
		byCountry = Collections.unmodifiableMap(new LinkedHashMap<>(byCountry));
		byDay = Collections.unmodifiableMap(new TreeMap<>(byDay));
	}

	public int countries() {
		return byCountry.size();
	}

	public LocalDate firstDay() {
		return byDay.isEmpty() ? null : LocalDate.parse(byDay.keySet().iterator().next());
	}

	public LocalDate lastDay() {
		return byDay.isEmpty() ? null : LocalDate.parse(byDay.keySet().stream().reduce((a, b) -> b).orElseThrow());
	}

}
