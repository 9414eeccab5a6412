package org.urgentaction.subscriber;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;
import org.urgentaction.ua.UaCatalogue;

/**
 * The themes subscribers may choose: the configured list and those of open cases.
 */
@Component
class Themes {

	private final List<String> configured;

	private final UaCatalogue catalogue;

	Themes(AppProperties properties, UaCatalogue catalogue) {
		this.configured = properties.mailing()
			.themes()
			.stream()
			.map((t) -> t.strip().toLowerCase(Locale.ROOT))
			.toList();
		this.catalogue = catalogue;
	}

	/**
	 * Each theme once: "human rights defenders" of a case and the configured
	 * "human-rights-defenders" are one theme, spelled as the case spells it (mailings
	 * match subscribers to a case's themes as written).
	 */
	List<String> all() {
		Map<String, String> bySlug = new TreeMap<>();
		configured.forEach((theme) -> bySlug.put(slug(theme), theme));
		catalogue.themesOfOpenCases().forEach((theme) -> bySlug.put(slug(theme), theme));
		return List.copyOf(new TreeSet<>(bySlug.values()));
	}

	/**
	 * "human-rights-defenders" and "Human rights defenders" as words: "Human rights
	 * defenders".
	 */
	static String label(String theme) {
		String words = theme.strip().replaceAll("[-_\\s]+", " ");
		return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

	static String slug(String theme) {
		return theme.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", "-");
	}

}
