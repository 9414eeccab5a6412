package org.urgentaction.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public impact page ({@code /impact}) and the staff analytics page: outcomes across
 * published cases, with a filter that works without JavaScript.
 */
@Controller
class ImpactPageController {

	private final ImpactPageModel pages;

	private final MessageSource messages;

	ImpactPageController(ImpactPageModel pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/impact")
	String impact(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response, Model model) {
		fill(params, false, locale, response, model);
		return "analytics/impact";
	}

	@GetMapping("/admin/analytics")
	String staff(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response, Model model) {
		fill(params, true, locale, response, model);
		return "analytics/admin";
	}

	private void fill(Map<String, String> params, boolean staff, Locale locale, HttpServletResponse response,
			Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate from = date(params.get("from"), "from", errors, locale);
		LocalDate to = date(params.get("to"), "to", errors, locale);
		if (from != null && to != null && to.isBefore(from)) {
			errors.put("to", messages.getMessage("analytics.range", null, locale));
			to = null;
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		model.addAttribute("errors", errors);
		model.addAttribute("params", params);
		pages.fill(model, new OutcomeFilter(from, to, params.get("country"), params.get("theme")), staff, locale);
	}

	private LocalDate date(String value, String field, Map<String, String> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, messages.getMessage("validation.date", null, locale));
			return null;
		}
	}

}
