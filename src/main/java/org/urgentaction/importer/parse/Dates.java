package org.urgentaction.importer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as UAs write them: {@code 16 August 2019}, {@code 16 Aug 2019},
 * {@code August 16, 2019}, {@code 16/08/2019} (day first), {@code 2019-08-16}, and
 * two-digit years ({@code 12 May 05}).
 */
final class Dates {

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4}|'?\\d{2})\\b");

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}|'?\\d{2})\\b");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");

	private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private Dates() {
	}

	/** The first complete date written in {@code text}. */
	static Optional<LocalDate> find(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher dmy = DAY_MONTH_YEAR.matcher(text);
		Matcher mdy = MONTH_DAY_YEAR.matcher(text);
		Matcher iso = ISO.matcher(text);
		Matcher numeric = NUMERIC.matcher(text);
		LocalDate found = null;
		int at = Integer.MAX_VALUE;
		if (dmy.find()) {
			found = date(year(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
			at = dmy.start();
		}
		if (mdy.find() && mdy.start() < at) {
			LocalDate date = date(year(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
			if (date != null) {
				found = date;
				at = mdy.start();
			}
		}
		if (iso.find() && iso.start() < at) {
			LocalDate date = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
					Integer.parseInt(iso.group(3)));
			if (date != null) {
				found = date;
				at = iso.start();
			}
		}
		if (found == null && numeric.find()) {
			found = date(year(numeric.group(3)), Integer.parseInt(numeric.group(2)),
					Integer.parseInt(numeric.group(1)));
		}
		return Optional.ofNullable(found);
	}

	/** A day and month written without a year ({@code before 18 April}). */
	static Optional<MonthDay> findDayMonth(String text) {
		Matcher matcher = DAY_MONTH.matcher(text == null ? "" : text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(MonthDay.of(month(matcher.group(2)), Integer.parseInt(matcher.group(1))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static int month(String name) {
		return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
	}

	private static int year(String written) {
		String digits = written.replace("'", "");
		int year = Integer.parseInt(digits);
		if (digits.length() == 2) {
			return (year < 50) ? 2000 + year : 1900 + year;
		}
		return year;
	}

	private static LocalDate date(int year, int month, int day) {
		if (year < 1960 || year > 2100) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
