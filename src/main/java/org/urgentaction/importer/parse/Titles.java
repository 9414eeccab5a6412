package org.urgentaction.importer.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles from headlines. A headline in capitals is put in sentence case, keeping the
 * capitals of names and abbreviations the body writes with capitals.
 */
final class Titles {

	private static final Pattern PROPER_IN_BODY = Pattern.compile("(?<=[\\p{Ll},;] )(\\p{Lu}[\\p{Ll}'’\\-]+)");

	private static final Pattern ACRONYM_IN_BODY = Pattern.compile("\\b(\\p{Lu}{2,})\\b");

	private static final Pattern WORD = Pattern.compile("[\\p{L}'’\\-]+");

	private Titles() {
	}

	static String headline(String line, String body) {
		String title = line.strip().replaceAll("[.:]+$", "");
		if (!mostlyCapitals(title)) {
			return title;
		}
		Set<String> proper = new HashSet<>();
		Set<String> acronyms = new HashSet<>();
		Matcher properMatcher = PROPER_IN_BODY.matcher(body);
		while (properMatcher.find()) {
			proper.add(properMatcher.group(1).toLowerCase(Locale.ROOT));
		}
		Matcher acronymMatcher = ACRONYM_IN_BODY.matcher(body);
		while (acronymMatcher.find()) {
			acronyms.add(acronymMatcher.group(1));
		}
		StringBuilder result = new StringBuilder();
		Matcher word = WORD.matcher(title);
		int last = 0;
		boolean first = true;
		while (word.find()) {
			result.append(title, last, word.start());
			String original = word.group();
			String lower = original.toLowerCase(Locale.ROOT);
			if (acronyms.contains(original) && original.length() <= 5) {
				result.append(original);
			}
			else if (first || proper.contains(lower) || Countries.named(lower).isPresent()) {
				result.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
			}
			else {
				result.append(lower);
			}
			first = false;
			last = word.end();
		}
		result.append(title.substring(last));
		return result.toString();
	}

	/**
	 * Splits {@code Honduras: Indigenous leader at risk} into its country and the rest.
	 */
	static String[] countryPrefix(String title) {
		int colon = title.indexOf(':');
		if (colon > 0 && colon < 60) {
			String country = Countries.named(title.substring(0, colon)).orElse(null);
			if (country != null) {
				return new String[] { country, title.substring(colon + 1).strip() };
			}
		}
		return new String[] { null, title };
	}

	private static boolean mostlyCapitals(String text) {
		long letters = text.chars().filter(Character::isLetter).count();
		long capitals = text.chars().filter(Character::isUpperCase).count();
		return letters > 3 && capitals >= letters * 0.8;
	}

}
