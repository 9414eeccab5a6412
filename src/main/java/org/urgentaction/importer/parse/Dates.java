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
 * two-digit years ({@code 12 May 05}); in French {@code 2 mars 2006},
 * {@code 1er juin 2006} and in Spanish {@code 9 de junio de 2023}.
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

	private static final String MOIS = "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
			+ "|d[ée]cembre)";

	private static final String MES = "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre"
			+ "|diciembre)";

	private static final Pattern FRENCH = Pattern.compile("(?iu)\\b(\\d{1,2})(?:er)?\\s+" + MOIS + "\\s+(\\d{4})\\b");

	private static final Pattern SPANISH = Pattern
		.compile("(?iu)\\b(\\d{1,2})\\s+de\\s+" + MES + "\\s+(?:de|del)\\s+(\\d{4})\\b");

	private static final java.util.List<String> MOIS_LIST = java.util.List.of("jan", "f", "mar", "av", "mai", "juin",
			"juil", "ao", "se", "oc", "no", "d");

	private static final java.util.List<String> MESES = java.util.List.of("enero", "febrero", "marzo", "abril", "mayo",
			"junio", "julio", "agosto", "s", "octubre", "noviembre", "diciembre");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private Dates() {
	}

	/** The first complete date written in {@code text}. */
	static Optional<LocalDate> find(String text) {
		return locate(text).map(Located::date);
	}

	/** A date and where the text writes it. */
	record Located(LocalDate date, int start, int end) {
	}

	/** The first complete date written in {@code text}, in English, French or Spanish. */
	static Optional<Located> locate(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Optional<Located> english = english(text);
		Located best = english.orElse(null);
		Matcher french = FRENCH.matcher(text);
		if (french.find() && (best == null || french.start() < best.start())) {
			LocalDate date = date(Integer.parseInt(french.group(3)), frenchMonth(french.group(2)),
					Integer.parseInt(french.group(1)));
			best = (date == null) ? best : new Located(date, french.start(), french.end());
		}
		Matcher spanish = SPANISH.matcher(text);
		if (spanish.find() && (best == null || spanish.start() < best.start())) {
			LocalDate date = date(Integer.parseInt(spanish.group(3)), spanishMonth(spanish.group(2)),
					Integer.parseInt(spanish.group(1)));
			best = (date == null) ? best : new Located(date, spanish.start(), spanish.end());
		}
		return Optional.ofNullable(best);
	}

	private static int frenchMonth(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (int i = MOIS_LIST.size() - 1; i >= 0; i--) {
			if (lower.startsWith(MOIS_LIST.get(i))) {
				return (i == 5 && lower.startsWith("juil")) ? 7 : i + 1;
			}
		}
		return 1;
	}

	private static int spanishMonth(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (int i = 0; i < MESES.size(); i++) {
			if (lower.startsWith(MESES.get(i))) {
				return i + 1;
			}
		}
		return 1;
	}

	private static Optional<Located> english(String text) {
		Matcher dmy = DAY_MONTH_YEAR.matcher(text);
		Matcher mdy = MONTH_DAY_YEAR.matcher(text);
		Matcher iso = ISO.matcher(text);
		Matcher numeric = NUMERIC.matcher(text);
		LocalDate found = null;
		int at = Integer.MAX_VALUE;
		int end = 0;
		if (dmy.find()) {
			found = date(year(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
			at = dmy.start();
			end = dmy.end();
		}
		if (mdy.find() && mdy.start() < at) {
			LocalDate date = date(year(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
			if (date != null) {
				found = date;
				at = mdy.start();
				end = mdy.end();
			}
		}
		if (iso.find() && iso.start() < at) {
			LocalDate date = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
					Integer.parseInt(iso.group(3)));
			if (date != null) {
				found = date;
				at = iso.start();
				end = iso.end();
			}
		}
		if (found == null && numeric.find()) {
			found = date(year(numeric.group(3)), Integer.parseInt(numeric.group(2)),
					Integer.parseInt(numeric.group(1)));
			at = numeric.start();
			end = numeric.end();
		}
		return (found == null) ? Optional.empty() : Optional.of(new Located(found, at, end));
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
