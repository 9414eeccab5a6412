package org.urgentaction.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The three charts of the staff dashboard for some totals, with labels in the viewer's
 * language.
 */
@Component
class ActionCharts {

	private final MessageSource messages;

	ActionCharts(MessageSource messages) {
		this.messages = messages;
	}

	List<BarChart> of(ActionTotals totals, Locale locale) {
		Map<String, String> channels = new LinkedHashMap<>();
		for (Channel channel : Channel.values()) {
			channels.put(channel.name(), messages.getMessage("action.channel." + channel.name(), null, locale));
		}
		Map<String, String> countries = new LinkedHashMap<>();
		totals.byCountry().keySet().forEach((code) -> countries.put(code, countryName(code, locale)));
		return List.of(BarChart.daily(messages.getMessage("action.dashboard.byDay", null, locale), totals.byDay()),
				BarChart.horizontal(messages.getMessage("action.dashboard.byChannel", null, locale), channels,
						totals.byChannel(), 10),
				BarChart.horizontal(messages.getMessage("action.dashboard.byCountry", null, locale), countries,
						totals.byCountry(), 30));
	}

	static String countryName(String code, Locale locale) {
		String name = new Locale("", code).getDisplayCountry(locale);
		return (name.isBlank() || name.equals(code)) ? code : name;
	}

}
