package org.urgentaction.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urgentaction.ua.OutcomeType;

/**
 * What the public impact page and the staff analytics page show: the figures, the charts
 * with labels in the visitor's language, and the filter.
 */
@Component
class ImpactPageModel {

	private final OutcomeAnalytics analytics;

	private final MessageSource messages;

	ImpactPageModel(OutcomeAnalytics analytics, MessageSource messages) {
		this.analytics = analytics;
		this.messages = messages;
	}

	void fill(Model model, OutcomeFilter filter, boolean staff, Locale locale) {
		List<CaseFacts> cases = analytics.cases(filter, staff);
		OutcomeFigures figures = analytics.figures(cases);
		OutcomeFigures.Details details = analytics.details(cases, staff);
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (OutcomeType type : OutcomeType.values()) {
			outcomes.put(type.name(), text("analytics.outcome." + type.name(), locale));
		}
		Map<String, String> countries = new LinkedHashMap<>();
		details.repliesByCountry()
			.keySet()
			.forEach((c) -> countries.put(c, c.isEmpty() ? text("analytics.otherOfficials", locale) : c));
		Map<String, Long> casesByCountry = new LinkedHashMap<>();
		figures.byCountry().forEach((country, group) -> casesByCountry.put(country, group.cases()));
		model.addAttribute("filter", filter);
		model.addAttribute("figures", figures);
		model.addAttribute("details", details);
		model.addAttribute("outcomeLabels", outcomes);
		model.addAttribute("charts", List.of(Chart.monthly(text("analytics.chart.months", locale), details.months()),
				Chart.horizontal(text("analytics.chart.outcomes", locale), outcomes, figures.byOutcome(), 10),
				Chart.horizontal(text("analytics.chart.countries", locale), Map.of(), casesByCountry, 20),
				Chart.horizontal(text("analytics.chart.replies", locale), countries, details.repliesByCountry(), 20)));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
