package org.urgentaction.importer.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names in English (the JDK's list plus the names UAs use), and the guesses the
 * importer may make about a country from an address or an AI Index.
 */
final class Countries {

	private static final Map<String, String> NAMES = names();

	private static final Pattern US_ADDRESS = Pattern
		.compile("\\b(Washington,? ?D\\.? ?C\\.?|[A-Z]{2} \\d{5}(-\\d{4})?$)");

	private static final Pattern UK_ADDRESS = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$");

	/**
	 * Country codes of AI Indexes seen in UAs: a guess only, the title usually says it.
	 */
	private static final Map<String, String> AI_CODES = Map.ofEntries(Map.entry("EUR 57", "Kazakhstan"),
			Map.entry("EUR 46", "Russia"), Map.entry("EUR 44", "Turkey"), Map.entry("EUR 50", "Ukraine"),
			Map.entry("EUR 49", "Belarus"), Map.entry("EUR 55", "Azerbaijan"), Map.entry("ASA 17", "China"),
			Map.entry("ASA 16", "Myanmar"), Map.entry("ASA 20", "India"), Map.entry("ASA 33", "Pakistan"),
			Map.entry("ASA 41", "Vietnam"), Map.entry("ASA 35", "Philippines"), Map.entry("AMR 37", "Honduras"),
			Map.entry("AMR 53", "Venezuela"), Map.entry("AMR 23", "Colombia"), Map.entry("AMR 41", "Mexico"),
			Map.entry("AMR 51", "United States"), Map.entry("AMR 19", "Brazil"), Map.entry("AMR 25", "Cuba"),
			Map.entry("AMR 34", "Guatemala"), Map.entry("AMR 61", "Peru"), Map.entry("MDE 13", "Iran"),
			Map.entry("MDE 12", "Egypt"), Map.entry("MDE 24", "Syria"), Map.entry("MDE 23", "Saudi Arabia"),
			Map.entry("MDE 15", "Israel"), Map.entry("MDE 14", "Iraq"), Map.entry("MDE 11", "Bahrain"),
			Map.entry("AFR 44", "Nigeria"), Map.entry("AFR 62", "Democratic Republic of the Congo"),
			Map.entry("AFR 54", "Sudan"), Map.entry("AFR 64", "Eritrea"), Map.entry("AFR 25", "Ethiopia"));

	private Countries() {
	}

	/** The country this whole text names, e.g. {@code kazakhstan} or {@code USA}. */
	static Optional<String> named(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = key(text);
		return Optional.ofNullable(NAMES.get(key));
	}

	/**
	 * The country a line starts with in capitals, and the rest of the line:
	 * {@code MOROCCO: Ahmed ...}, {@code NEPAL : Ram ...} and, run together by OCR,
	 * {@code MOROCCOAhmed ...} (whose last capital starts the name).
	 */
	static Optional<String[]> inCapitals(String line) {
		int run = 0;
		while (run < line.length() && run < 60 && (Character.isUpperCase(line.charAt(run)) || line.charAt(run) == ' '
				|| line.charAt(run) == '\'' || line.charAt(run) == '-')) {
			run++;
		}
		for (int end = run; end >= 3; end--) {
			String candidate = line.substring(0, end);
			if (!Character.isUpperCase(candidate.charAt(end - 1))
					|| candidate.chars().filter(Character::isLetter).count() < 3) {
				continue;
			}
			Optional<String> country = named(candidate);
			if (country.isPresent()) {
				String rest = line.substring(end).replaceFirst("^\\s*(?:\\([^()]{1,40}\\))?\\s*:?\\s*", "");
				return Optional.of(new String[] { country.get(), rest });
			}
		}
		return Optional.empty();
	}

	/** The first country named anywhere in {@code text} (the longest name at a place). */
	static Optional<String> mentioned(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String lower = " " + key(text) + " ";
		int best = Integer.MAX_VALUE;
		String found = null;
		for (Map.Entry<String, String> entry : NAMES.entrySet()) {
			int at = lower.indexOf(" " + entry.getKey() + " ");
			if (at >= 0 && (at < best || (at == best && entry.getValue().length() > found.length()))) {
				best = at;
				found = entry.getValue();
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The country an address's last line names, or that its form gives away (a US ZIP).
	 */
	static Optional<String> ofAddress(List<String> addressLines) {
		if (addressLines.isEmpty()) {
			return Optional.empty();
		}
		String last = addressLines.get(addressLines.size() - 1);
		Optional<String> named = named(last);
		if (named.isPresent()) {
			return named;
		}
		int comma = last.lastIndexOf(',');
		return (comma >= 0) ? named(last.substring(comma + 1)) : Optional.empty();
	}

	static Optional<String> guessFromAddress(List<String> addressLines) {
		for (String line : addressLines) {
			if (US_ADDRESS.matcher(line).find()) {
				return Optional.of("United States");
			}
			if (UK_ADDRESS.matcher(line).find()) {
				return Optional.of("United Kingdom");
			}
		}
		return Optional.empty();
	}

	static Optional<String> guessFromAiIndex(String aiIndex) {
		return (aiIndex == null || aiIndex.length() < 6) ? Optional.empty()
				: Optional.ofNullable(AI_CODES.get(aiIndex.substring(0, 6)));
	}

	private static String key(String text) {
		Matcher cleaned = Pattern.compile("[^\\p{L}\\p{N}' ]+").matcher(text.toLowerCase(Locale.ROOT));
		return cleaned.replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	private static Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : Locale.getISOCountries()) {
			String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).replaceAll("\\s*\\(.*\\)", "");
			if (!name.contains(" - ")) {
				names.put(key(name), name);
			}
		}
		String[][] aliases = { { "USA", "United States" }, { "United States of America", "United States" },
				{ "US", "United States" }, { "UK", "United Kingdom" }, { "Great Britain", "United Kingdom" },
				{ "Burma", "Myanmar" }, { "Russian Federation", "Russia" }, { "Viet Nam", "Vietnam" },
				{ "Democratic Republic of the Congo", "Democratic Republic of the Congo" },
				{ "DRC", "Democratic Republic of the Congo" }, { "Republic of the Congo", "Congo" },
				{ "Congo", "Congo" }, { "Ivory Coast", "Côte d'Ivoire" }, { "Cote d'Ivoire", "Côte d'Ivoire" },
				{ "Syria", "Syria" }, { "Iran", "Iran" }, { "South Korea", "South Korea" },
				{ "North Korea", "North Korea" }, { "Palestine", "Palestine" },
				{ "Occupied Palestinian Territories", "Palestine" }, { "Kyrgyzstan", "Kyrgyzstan" },
				{ "Türkiye", "Turkey" }, { "Turkey", "Turkey" }, { "Czechia", "Czech Republic" },
				// French and Spanish names of the archive's documents (FORMATS.md layout
				// 8)
				{ "Cameroun", "Cameroon" }, { "Maroc", "Morocco" }, { "Tunisie", "Tunisia" }, { "Algérie", "Algeria" },
				{ "Sénégal", "Senegal" }, { "Tchad", "Chad" }, { "Guinée", "Guinea" }, { "Haïti", "Haiti" },
				{ "Mexique", "Mexico" }, { "Colombie", "Colombia" }, { "Pérou", "Peru" }, { "Népal", "Nepal" },
				{ "Égypte", "Egypt" }, { "Egypte", "Egypt" }, { "Syrie", "Syria" }, { "Liban", "Lebanon" },
				{ "Mauritanie", "Mauritania" },
				{ "République démocratique du Congo", "Democratic Republic of the Congo" }, { "México", "Mexico" },
				{ "Perú", "Peru" }, { "Haití", "Haiti" }, { "Marruecos", "Morocco" }, { "Brasil", "Brazil" },
				{ "Camerún", "Cameroon" }, { "Egipto", "Egypt" }, { "Estados Unidos", "United States" },
				{ "España", "Spain" }, { "Panamá", "Panama" } };
		for (String[] alias : aliases) {
			names.put(key(alias[0]), alias[1]);
		}
		names.remove("us");
		return Map.copyOf(names);
	}

}
