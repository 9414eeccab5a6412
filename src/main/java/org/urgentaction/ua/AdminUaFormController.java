package org.urgentaction.ua;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.Actor;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * The staff form to create and edit a document. It works without JavaScript: "add a
 * target" and "add a person" are submit buttons that show the form again with one more
 * empty entry, and nothing is stored until the form is saved without errors.
 */
@Controller
@RequestMapping("/admin/uas")
class AdminUaFormController {

	static final String FORM = "form";

	private final UaService service;

	AdminUaFormController(UaService service) {
		this.service = service;
	}

	@GetMapping("/new")
	String newDocument(Model model) {
		UaDocumentForm form = new UaDocumentForm();
		form.tidy(false, false);
		return show(form, null, model);
	}

	@GetMapping("/{id}/next")
	String nextDocument(@PathVariable long id, Model model) {
		UaDocumentForm form = UaDocumentForm.of(service.nextDocumentTemplate(id));
		form.tidy(false, false);
		model.addAttribute("previous", service.get(id));
		return show(form, null, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		UaDocumentForm form = UaDocumentForm.of(service.get(id));
		form.tidy(false, false);
		return show(form, id, model);
	}

	@PostMapping
	String create(@ModelAttribute(FORM) UaDocumentForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return save(null, form, result, action, authentication, model, redirect);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute(FORM) UaDocumentForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		service.get(id);
		return save(id, form, result, action, authentication, model, redirect);
	}

	/**
	 * "Update that draft with these fields": the form of a new document whose place in
	 * the case a draft already holds, saved over that draft.
	 */
	@PostMapping("/{id}/overwrite")
	String overwrite(@PathVariable long id, @ModelAttribute(FORM) UaDocumentForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		UaDocument existing = service.get(id);
		if (existing.isPublished()) {
			result.reject("admin.ua.sequenceTaken.published");
			return show(form, null, model);
		}
		form.setVersion(existing.version());
		return save(id, form, result, "save", authentication, model, redirect);
	}

	private String save(Long id, UaDocumentForm form, BindingResult result, String action,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		if (!"save".equals(action)) {
			form.tidy("addPerson".equals(action), "addTarget".equals(action));
			return show(form, id, model);
		}
		UaFormConversion conversion = new UaFormConversion(form);
		List<FieldProblem> problems = result.hasErrors() ? List.of() : conversion.problems();
		if (result.hasErrors() || !problems.isEmpty()) {
			conversion.reject(problems, result);
			return show(form, id, model);
		}
		try {
			UaDocument saved = (id == null) ? service.createDraft(conversion.document(), Actor.name(authentication))
					: service.update(id, conversion.document(), Actor.name(authentication));
			redirect.addFlashAttribute("flash", "admin.ua.saved");
			return "redirect:/admin/uas/" + saved.id();
		}
		catch (InvalidInputException invalid) {
			conversion.reject(invalid.problems(), result);
			if (invalid instanceof SequenceTakenException taken && taken.existingIsDraft()) {
				model.addAttribute("takenBy", service.get(taken.existingId()));
			}
		}
		catch (OptimisticLockingFailureException conflict) {
			result.reject("validation.conflict");
		}
		return show(form, id, model);
	}

	private String show(UaDocumentForm form, Long id, Model model) {
		model.addAttribute(FORM, form);
		model.addAttribute("documentId", id);
		if (id != null) {
			model.addAttribute("doc", service.get(id));
		}
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("outcomeTypes", OutcomeType.values());
		return "ua/admin/form";
	}

}
