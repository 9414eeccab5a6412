package org.urgentaction.ua;

import java.util.ArrayList;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.Actor;
import org.urgentaction.system.InvalidInputException;

/**
 * The stop switch, its undoing and the safety advice on the staff page of a document
 * (they act on its whole case).
 */
@Controller
class AdminCaseStopController {

	private final UaService service;

	private final CaseStops stops;

	private final MessageSource messages;

	AdminCaseStopController(UaService service, CaseStops stops, MessageSource messages) {
		this.service = service;
		this.stops = stops;
		this.messages = messages;
	}

	@PostMapping("/admin/uas/{id:\\d+}/stop")
	String stop(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String message, Authentication authentication,
			RedirectAttributes redirect) {
		long caseId = service.get(id).caseId();
		return act(id, redirect, "casestop.admin.stopped",
				() -> stops.stop(caseId, CaseStopApiController.reason(reason), message, Actor.name(authentication)));
	}

	@PostMapping("/admin/uas/{id:\\d+}/resume")
	String resume(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		long caseId = service.get(id).caseId();
		return act(id, redirect, "casestop.admin.resumed", () -> stops.resume(caseId, Actor.name(authentication)));
	}

	@PostMapping("/admin/uas/{id:\\d+}/safety")
	String safety(@PathVariable long id, @RequestParam(required = false) String advice,
			@RequestParam(defaultValue = "false") boolean anonymousReports, Authentication authentication,
			RedirectAttributes redirect) {
		long caseId = service.get(id).caseId();
		return act(id, redirect, "casestop.admin.safetySaved",
				() -> stops.safety(caseId, new SafetyAdvice(advice, anonymousReports), Actor.name(authentication)));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInputException invalid) {
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("problems", new ArrayList<>(invalid.problems().stream().map((p) -> {
				String text = messages.getMessage(p.code(), p.args().toArray(), p.code(), locale);
				return messages.getMessage("casestop.field." + p.field(), null, p.field(), locale) + ": " + text;
			}).toList()));
		}
		return "redirect:/admin/uas/" + id;
	}

}
