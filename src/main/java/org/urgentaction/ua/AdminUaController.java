package org.urgentaction.ua;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.audit.AuditEvent;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.Actor;
import org.urgentaction.system.InvalidInputException;

/**
 * The staff's list of all documents and the staff view of one, with publish, unpublish
 * and close case.
 */
@Controller
class AdminUaController {

	static final int PAGE_SIZE = 50;

	private final UaService service;

	private final UaCatalogue catalogue;

	private final AuditLog audit;

	private final MessageSource messages;

	private final FieldLabels fieldLabels;

	AdminUaController(UaService service, UaCatalogue catalogue, AuditLog audit, MessageSource messages,
			FieldLabels fieldLabels) {
		this.service = service;
		this.catalogue = catalogue;
		this.audit = audit;
		this.messages = messages;
		this.fieldLabels = fieldLabels;
	}

	@GetMapping({ "/admin", "/admin/" })
	String home() {
		return "redirect:/admin/uas";
	}

	@GetMapping("/admin/uas")
	String list(@RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) String country,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		UaFilter filter = new UaFilter(country, null, q);
		model.addAttribute("status", status);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("page", catalogue.documents(status, true, filter, Math.max(0, page), PAGE_SIZE));
		return "ua/admin/list";
	}

	@GetMapping("/admin/uas/{id:\\d+}")
	String view(@PathVariable long id, Model model) {
		UaDocument document = service.get(id);
		model.addAttribute("doc", document);
		model.addAttribute("case", service.findCase(document.caseId()).orElseThrow());
		model.addAttribute("thread", service.thread(document.caseId()));
		model.addAttribute("outcomeTypes", OutcomeType.values());
		model.addAttribute("history", history(document));
		return "ua/admin/view";
	}

	@PostMapping("/admin/uas/{id:\\d+}/publish")
	String publish(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return act(id, redirect, "admin.ua.published", () -> service.publish(id, Actor.name(authentication)));
	}

	@PostMapping("/admin/uas/{id:\\d+}/unpublish")
	String unpublish(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return act(id, redirect, "admin.ua.unpublished", () -> service.unpublish(id, Actor.name(authentication)));
	}

	@PostMapping("/admin/uas/{id:\\d+}/close")
	String close(@PathVariable long id, @RequestParam(required = false) OutcomeType outcomeType,
			@RequestParam(required = false) String outcomeNote, Authentication authentication,
			RedirectAttributes redirect) {
		UaDocument document = service.get(id);
		Outcome outcome = outcomeType == null ? null : new Outcome(outcomeType, FormText.trimmed(outcomeNote));
		return act(id, redirect, "admin.ua.closed",
				() -> service.closeCase(document.caseId(), outcome, Actor.name(authentication)));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInputException invalid) {
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("problems", new ArrayList<>(invalid.problems()
				.stream()
				.map((p) -> named(p.field(), messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)))
				.toList()));
		}
		return "redirect:/admin/uas/" + id;
	}

	/** "Outcome: choose one", so that the summary names the field. */
	private String named(String field, String message) {
		String label = fieldLabels.of(field);
		return label.isEmpty() || "id".equals(field) ? message : label + ": " + message;
	}

	private List<AuditEvent> history(UaDocument document) {
		List<AuditEvent> events = new ArrayList<>(audit.forSubject("ua_document", document.id()));
		events.addAll(audit.forSubject("ua_case", document.caseId()));
		events.sort(Comparator.comparingLong(AuditEvent::id).reversed());
		return events;
	}

}
