package org.urgentaction.ua;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.Actor;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * The stop switch of the JSON API: {@code POST /api/uas/{id}/stop} stops action on the
 * case of document {@code id}, {@code DELETE} undoes it (docs/api.md). Both answer with
 * the document.
 */
@RestController
@RequestMapping("/api/uas/{id}/stop")
class CaseStopApiController {

	private final UaService service;

	private final CaseStops stops;

	private final UaLinks links;

	CaseStopApiController(UaService service, CaseStops stops, UaLinks links) {
		this.service = service;
		this.stops = stops;
		this.links = links;
	}

	record StopRequest(String reason, String message) {
	}

	@PostMapping
	UaDocumentJson stop(@PathVariable long id, @RequestBody StopRequest body, Authentication authentication) {
		UaDocument document = service.get(id);
		UaCase stopped = stops.stop(document.caseId(), reason(body.reason()), body.message(),
				Actor.name(authentication));
		return UaDocumentJson.of(document, links.url(UaLinks.path(document))).withCase(stopped, true);
	}

	@DeleteMapping
	UaDocumentJson resume(@PathVariable long id, Authentication authentication) {
		UaDocument document = service.get(id);
		UaCase resumed = stops.resume(document.caseId(), Actor.name(authentication));
		return UaDocumentJson.of(document, links.url(UaLinks.path(document))).withCase(resumed, true);
	}

	static StopReason reason(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(new FieldProblem("reason", "validation.required"));
		}
		try {
			return StopReason.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(new FieldProblem("reason", "casestop.validation.reason"));
		}
	}

}
