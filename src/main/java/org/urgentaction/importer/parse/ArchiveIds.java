package org.urgentaction.importer.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.UaNumber;

/**
 * Identifiers as the archive writes them. AI Indexes in their short form before about
 * 2000 ({@code MDE 29/07/94} is {@code MDE 29/007/1994}) or their full one; UA numbers in
 * every spelling: {@code UA 211/94}, {@code UA 140.18}, {@code Urgent Action 58.20},
 * {@code l'AU 33/06}, {@code Cuarta AU 15/23}, {@code EXTRA 23/98}.
 */
final class ArchiveIds {

	static final String INDEX = "(?:AFR|AMR|ASA|EUR|MDE|ACT|POL|IOR|ORG|NWS)\\s*\\d{2}\\s*/\\s*\\d{1,4}\\s*/\\s*(?:\\d{4}|\\d{2})(?!\\d)";

	private static final Pattern INDEX_PARTS = Pattern.compile(
			"(?iu)\\b(AFR|AMR|ASA|EUR|MDE|ACT|POL|IOR|ORG|NWS)\\s*(\\d{2})\\s*/\\s*(\\d{1,4})\\s*/\\s*(\\d{4}|\\d{2})(?!\\d)");

	static final Pattern UA = Pattern
		.compile("(?iu)(?<![\\p{L}])(?<prefix>UA|AU|EXTRA|EX|urgent action|acci[óo]n urgente"
				+ "|action urgente)\\s*(?:no\\.?|n[°º])?\\s*:?\\s*(?<number>\\d{1,4})\\s*[/.]\\s*(?<year>\\d{2})(?!\\d)");

	private ArchiveIds() {
	}

	/** The canonical AI Index first written in {@code text}. */
	static Optional<String> aiIndex(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = INDEX_PARTS.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return Optional.of(canonical(matcher));
	}

	static String canonical(Matcher index) {
		int serial = Integer.parseInt(index.group(3));
		String year = index.group(4);
		if (year.length() == 2) {
			int twoDigits = Integer.parseInt(year);
			year = String.valueOf((twoDigits < 60 ? 2000 : 1900) + twoDigits);
		}
		String serialText = (index.group(3).length() == 4) ? index.group(3) : String.format("%03d", serial);
		return index.group(1).toUpperCase(Locale.ROOT) + " " + index.group(2) + "/" + serialText + "/" + year;
	}

	/** The normalised UA number first mentioned in {@code text}. */
	static Optional<Mention> uaNumber(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = UA.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String prefix = matcher.group("prefix").toUpperCase(Locale.ROOT);
		String ex = (prefix.equals("EX") || prefix.equals("EXTRA")) ? "EX " : "";
		return UaNumber.normalise(ex + matcher.group("number") + "/" + matcher.group("year"))
			.map((number) -> new Mention(number, matcher.start(), matcher.end()));
	}

	/** A UA number and where the text writes it. */
	record Mention(String number, int start, int end) {
	}

}
