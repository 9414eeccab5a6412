package org.urgentaction.section;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.action.ActionReport;
import org.urgentaction.staff.Role;
import org.urgentaction.staff.SectionStaff;
import org.urgentaction.system.Actor;

/**
 * {@code /api/uas/{id}/sections/{code}/reports}: group reports the section collected
 * offline, entered by its coordinators and listed for its staff.
 */
@RestController
class SectionReportApiController {

	private final Sections sections;

	private final CollectedReports collected;

	SectionReportApiController(Sections sections, CollectedReports collected) {
		this.sections = sections;
		this.collected = collected;
	}

	@PostMapping("/api/uas/{id}/sections/{code}/reports")
	ResponseEntity<ActionReport> add(@PathVariable long id, @PathVariable String code,
			@RequestBody CollectedReports.Collected body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			Authentication authentication) {
		Section section = allowed(code, Role.COORDINATOR, authentication);
		ActionReport report = collected.add(id, section, body, idempotencyKey, Actor.name(authentication));
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/reports/" + report.id()))
			.body(report);
	}

	@GetMapping("/api/uas/{id}/sections/{code}/reports")
	Map<String, Object> list(@PathVariable long id, @PathVariable String code, Authentication authentication) {
		Section section = allowed(code, Role.VIEWER, authentication);
		List<Map<String, Object>> items = collected.list(id, section.code());
		return Map.of("section", section.code(), "items", items);
	}

	private Section allowed(String code, Role role, Authentication authentication) {
		Section section = sections.get(code);
		if (!SectionStaff.mayActFor(authentication, section.code(), role)) {
			throw new AccessDeniedException("Not staff of section " + section.code());
		}
		return section;
	}

}
