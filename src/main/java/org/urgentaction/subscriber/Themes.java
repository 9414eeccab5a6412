package org.urgentaction.subscriber;

import java.util.List;
import java.util.Locale;
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

	List<String> all() {
		TreeSet<String> themes = new TreeSet<>(configured);
		themes.addAll(catalogue.themesOfOpenCases());
		return List.copyOf(themes);
	}

}
