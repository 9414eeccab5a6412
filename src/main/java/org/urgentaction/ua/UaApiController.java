package org.urgentaction.ua;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.Actor;
import org.urgentaction.system.NotFoundException;

/**
 * The JSON API of documents, described in {@code docs/api.md}.
 */
@RestController
@RequestMapping("/api/uas")
class UaApiController {

	private final UaService service;

	private final UaCatalogue catalogue;

	private final UaLinks links;

	private final MessageSource messages;

	UaApiController(UaService service, UaCatalogue catalogue, UaLinks links, MessageSource messages) {
		this.service = service;
		this.catalogue = catalogue;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) DocumentStatus status,
			@RequestParam(required = false) String country, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication authentication) {
		int pageSize = Math.max(1, Math.min(size, 100));
		UaCatalogue.Page found = catalogue.documents(status, Actor.isStaff(authentication),
				new UaFilter(country, theme, q), Math.max(0, page), pageSize);
		return Map.of("items", found.items().stream().map(this::json).toList(), "page", found.number(), "size",
				found.size(), "total", found.total());
	}

	@GetMapping("/{id}")
	UaDocumentJson get(@PathVariable long id, Authentication authentication) {
		UaDocument document = service.get(id);
		if (!document.isPublished() && !Actor.isStaff(authentication)) {
			throw new NotFoundException("Document " + id);
		}
		return json(document);
	}

	@PostMapping
	ResponseEntity<UaDocumentJson> create(@RequestBody UaDocumentJson body, Authentication authentication) {
		UaDocument created = service.createDraft(body.toDocument(), Actor.name(authentication));
		return ResponseEntity.created(URI.create("/api/uas/" + created.id())).body(json(created));
	}

	@PutMapping("/{id}")
	UaDocumentJson update(@PathVariable long id, @RequestBody UaDocumentJson body, Authentication authentication) {
		UaDocument changes = body.toDocument();
		if (body.version() == null) {
			changes = withVersion(changes, service.get(id).version());
		}
		return json(service.update(id, changes, Actor.name(authentication)));
	}

	@PostMapping("/{id}/publish")
	UaDocumentJson publish(@PathVariable long id, Authentication authentication) {
		return json(service.publish(id, Actor.name(authentication)));
	}

	@PostMapping("/{id}/unpublish")
	UaDocumentJson unpublish(@PathVariable long id, Authentication authentication) {
		return json(service.unpublish(id, Actor.name(authentication)));
	}

	/**
	 * A second document for a taken place in the case: 409, naming the document that
	 * holds it ({@code existingId}, 0 when another request took it at the same moment).
	 */
	@ExceptionHandler(SequenceTakenException.class)
	ProblemDetail sequenceTaken(SequenceTakenException taken, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("problem.sequenceTaken", null, locale));
		problem.setTitle(messages.getMessage("problem.title.sequenceTaken", null, locale));
		String message = taken.problems()
			.stream()
			.map((p) -> messages.getMessage(p.code(), p.args().toArray(), locale))
			.findFirst()
			.orElse("");
		problem.setProperty("errors", List.of(Map.of("field", "sequence", "message", message)));
		problem.setProperty("existingId", taken.existingId());
		return problem;
	}

	private UaDocumentJson json(UaDocument document) {
		return UaDocumentJson.of(document, links.url(UaLinks.path(document)));
	}

	private static UaDocument withVersion(UaDocument d, long version) {
		return new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), d.sequence(), d.uaNumber(), d.aiIndex(),
				d.country(), d.issueDate(), d.deadline(), d.title(), d.summary(), d.persons(), d.targets(), d.letter(),
				d.additionalInformation(), d.preferredLanguages(), d.previousUaLink(), d.themes(), d.outcome(),
				d.publishedAt(), d.updatedAt(), version);
	}

}
