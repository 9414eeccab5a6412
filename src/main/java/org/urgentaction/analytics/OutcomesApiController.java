package org.urgentaction.analytics;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * {@code GET /api/analytics/outcomes}: the outcome figures of published cases, for
 * anyone.
 */
@RestController
class OutcomesApiController {

	private final OutcomeAnalytics analytics;

	OutcomesApiController(OutcomeAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/analytics/outcomes")
	OutcomeFigures outcomes(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String country, @RequestParam(required = false) String theme) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException(new FieldProblem("to", "analytics.range"));
		}
		return analytics.figures(analytics.cases(new OutcomeFilter(from, to, country, theme)));
	}

}
