package org.urgentaction.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.staff.Role;
import org.urgentaction.staff.SectionStaff;
import org.urgentaction.system.Actor;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaDocumentJson;
import org.urgentaction.ua.UaDocumentJson.TargetJson;
import org.urgentaction.ua.UaLinks;
import org.urgentaction.ua.UaService;

import tools.jackson.databind.json.JsonMapper;

/**
 * A section's version of a document: written by the section's coordinators (or the
 * network's), read by anyone as the document with the section's copy targets added.
 */
@RestController
class SectionVersionApiController {

	record VersionInput(List<TargetJson> copyTargets, String note) {
	}

	private final SectionVersions versions;

	private final Sections sections;

	private final UaService uas;

	private final UaLinks links;

	private final JsonMapper json;

	SectionVersionApiController(SectionVersions versions, Sections sections, UaService uas, UaLinks links,
			JsonMapper json) {
		this.versions = versions;
		this.sections = sections;
		this.uas = uas;
		this.links = links;
		this.json = json;
	}

	@PutMapping("/api/uas/{id}/sections/{code}")
	Map<String, Object> save(@PathVariable long id, @PathVariable String code, @RequestBody VersionInput body,
			Authentication authentication) {
		Section section = sections.get(code);
		if (!SectionStaff.mayActFor(authentication, section.code(), Role.COORDINATOR)) {
			throw new AccessDeniedException("Not a coordinator of section " + section.code());
		}
		SectionVersion saved = versions.save(id, section.code(), body.copyTargets(), body.note(),
				Actor.name(authentication));
		return document(uas.get(id), section, saved);
	}

	/**
	 * The document as activists of the section read it: {@code GET /api/uas/{id}} with
	 * {@code ?section=US}.
	 */
	@GetMapping(path = "/api/uas/{id}", params = "section")
	Map<String, Object> read(@PathVariable long id, @RequestParam String section, Authentication authentication) {
		UaDocument document = uas.get(id);
		if (!document.isPublished() && !Actor.isStaff(authentication)) {
			throw new NotFoundException("Document " + id);
		}
		Section found = sections.get(section);
		return document(document, found, versions.of(id, found.code()));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> document(UaDocument document, Section section, SectionVersion version) {
		UaDocumentJson network = UaDocumentJson.of(document, links.url(UaLinks.path(document)));
		Map<String, Object> body = json.convertValue(network, LinkedHashMap.class);
		List<Object> targets = new ArrayList<>((List<Object>) body.get("targets"));
		version.copyTargets()
			.forEach((target) -> targets.add(json.convertValue(SectionVersionRepository.json(target), Map.class)));
		body.put("targets", targets);
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("code", section.code());
		about.put("name", section.name());
		about.put("note", version.note());
		about.put("office", section.office());
		body.put("section", about);
		return body;
	}

}
