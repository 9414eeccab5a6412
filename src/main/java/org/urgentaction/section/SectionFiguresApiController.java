package org.urgentaction.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.action.ActionTotals;
import org.urgentaction.action.ReportService;
import org.urgentaction.staff.Role;
import org.urgentaction.staff.SectionStaff;
import org.urgentaction.subscriber.Subscriber;
import org.urgentaction.subscriber.SubscriberDirectory;
import org.urgentaction.system.Actor;
import org.urgentaction.system.NotFoundException;

/**
 * A section's totals (the actions reported from its countries) and its subscribers (those
 * who live in its countries), which only its own staff and the network's see.
 */
@RestController
class SectionFiguresApiController {

	static final int MAX_SUBSCRIBERS = 1000;

	private final Sections sections;

	private final ReportService reports;

	private final SubscriberDirectory subscribers;

	private final CollectedReports collected;

	SectionFiguresApiController(Sections sections, ReportService reports, SubscriberDirectory subscribers,
			CollectedReports collected) {
		this.sections = sections;
		this.collected = collected;
		this.reports = reports;
		this.subscribers = subscribers;
	}

	/** {@code GET /api/uas/{id}/totals?section=US}; the global figures stay the sum. */
	@GetMapping(path = "/api/uas/{id}/totals", params = "section")
	Map<String, Object> totals(@PathVariable long id, @RequestParam String section,
			@RequestParam(defaultValue = "document") String scope, Authentication authentication) {
		Section found = sections.get(section);
		ReportService.Scoped scoped = reports.totals(id, "case".equals(scope), Actor.isStaff(authentication))
			.orElseThrow(() -> new NotFoundException("Document " + id));
		ActionTotals global = scoped.totals();
		Map<String, Long> byCountry = new LinkedHashMap<>();
		global.byCountry().forEach((country, actions) -> {
			if (found.countries().contains(country)) {
				byCountry.put(country, actions);
			}
		});
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("documentId", id);
		body.put("caseId", scoped.caseId());
		body.put("scope", scoped.wholeCase() ? "case" : "document");
		body.put("section", found.code());
		body.put("actions", byCountry.values().stream().mapToLong(Long::longValue).sum());
		body.put("countries", byCountry.size());
		body.put("byCountry", byCountry);
		if (!scoped.wholeCase()) {
			body.put("collectedOffline", collected.actions(id, found.code()));
		}
		body.put("global",
				Map.of("actions", global.actions(), "reports", global.reports(), "countries", global.countries()));
		return body;
	}

	@GetMapping("/api/sections/{code}/subscribers")
	Map<String, Object> subscribers(@PathVariable String code, Authentication authentication) {
		Section section = sections.get(code);
		if (!SectionStaff.mayActFor(authentication, section.code(), Role.VIEWER)) {
			throw new AccessDeniedException("Not staff of section " + section.code());
		}
		List<Map<String, Object>> items = subscribers.inCountries(section.countries(), MAX_SUBSCRIBERS)
			.stream()
			.map(SectionFiguresApiController::subscriber)
			.toList();
		return Map.of("section", section.code(), "items", items);
	}

	private static Map<String, Object> subscriber(Subscriber s) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", s.id());
		item.put("email", s.email());
		item.put("name", s.name());
		item.put("country", s.country());
		item.put("status", s.status());
		item.put("mailLanguage", s.mailLanguage());
		return item;
	}

}
