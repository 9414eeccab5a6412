package org.urgentaction.importer.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.AiIndex;
import org.urgentaction.ua.UaNumber;

/**
 * The line that identifies a document in layouts 1 and 3:
 * {@code Second UA: 46/19 Index: EUR 57/0894/2019 Kazakhstan Date: 16 August 2019} or the
 * footer {@code UA: 58/14 Index: AMR 61/004/2014 Issue Date: 7 March 2014}.
 */
record IdentifierLine(String sequenceWords, String uaNumber, String aiIndex, String country, LocalDate date) {

	static final Pattern FIND = Pattern.compile(
			"(?iu)\\b(UA|AU|urgent action)\\b[^\\n]{0,20}?\\d{1,4}\\s*[/.]\\s*\\d{2}\\b.{0,80}?\\b(index|[íi]ndice)\\b");

	private static final Pattern PARTS = Pattern.compile(
			"(?i)^(?<words>.*?)\\b(?:UA|AU|urgent action)\\s*(?:no\\.?)?\\s*:?\\s*(?<number>(?:EX\\s*)?\\d{1,4}\\s*[/.]\\s*\\d{2})\\b"
					+ "(?<rest>.*)$");

	private static final Pattern INDEX = Pattern
		.compile("(?iu)\\b(?:AI\\s+)?(?:index|[íi]ndice)(?:\\s+number|\\s+AI)?\\s*:?\\s*");

	private static final Pattern DATE = Pattern.compile("(?iu)\\b(?:(?:issue\\s+)?date|fecha)\\s*:?\\s*(.*)$");

	static Optional<IdentifierLine> parse(String line) {
		Matcher parts = PARTS.matcher(line);
		if (!parts.find()) {
			return Optional.empty();
		}
		String rest = parts.group("rest");
		String aiIndex = AiIndex.normalise(rest).orElse(null);
		String country = null;
		LocalDate date = null;
		Matcher dateMatcher = DATE.matcher(rest);
		int dateStart = rest.length();
		if (dateMatcher.find()) {
			date = Dates.find(dateMatcher.group(1)).orElse(null);
			dateStart = dateMatcher.start();
		}
		Matcher index = AI_INDEX_WRITTEN.matcher(rest);
		if (index.find() && index.end() <= dateStart) {
			String between = rest.substring(index.end(), dateStart).replaceAll("[|,;]", " ").strip();
			country = between.isEmpty() ? null : Countries.named(between).orElse(between);
		}
		else {
			Matcher label = INDEX.matcher(rest);
			if (!label.find()) {
				country = Countries.mentioned(rest.substring(0, dateStart)).orElse(null);
			}
		}
		String number = UaNumber.normalise("UA " + parts.group("number")).orElse(null);
		return Optional.of(new IdentifierLine(parts.group("words").strip(), number, aiIndex, country, date));
	}

	private static final Pattern AI_INDEX_WRITTEN = Pattern.compile(
			"(?i)\\b(AFR|AMR|ASA|EUR|MDE|ACT|POL|IOR|ORG|NWS)\\s*\\d{2}\\s*/\\s*\\d{3,4}\\s*/\\s*(19|20)\\d{2}\\b");

}
