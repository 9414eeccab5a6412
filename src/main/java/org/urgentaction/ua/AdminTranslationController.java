package org.urgentaction.ua;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.Actor;
import org.urgentaction.system.InvalidInputException;

/**
 * The staff page of a document's translations: write one (or open one to change it),
 * preview it, save it as a draft, publish or withdraw it, and set the original language.
 * Plain forms: works without JavaScript.
 */
@Controller
class AdminTranslationController {

	private final UaService documents;

	private final UaTranslations translations;

	private final MessageSource messages;

	AdminTranslationController(UaService documents, UaTranslations translations, MessageSource messages) {
		this.documents = documents;
		this.translations = translations;
		this.messages = messages;
	}

	@GetMapping("/admin/uas/{id:\\d+}/translations")
	String page(@PathVariable long id, @RequestParam(required = false) String language, Model model) {
		UaDocument document = documents.get(id);
		String tag = LanguageTag.normalise(language).orElse(null);
		UaTranslation existing = (tag == null) ? null : translations.find(id, tag).orElse(null);
		Map<String, String> form = new HashMap<>();
		form.put("language", tag == null ? "" : tag);
		if (existing != null) {
			form.put("title", existing.title());
			form.put("summary", existing.summary());
			form.put("letter", existing.letter());
			form.put("additionalInformation", existing.additionalInformation());
			existing.salutations().forEach((target, text) -> form.put("salutation-" + target, text));
		}
		return show(document, form, null, List.of(), model);
	}

	@PostMapping("/admin/uas/{id:\\d+}/translations")
	String save(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "save") String action, Authentication authentication, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UaDocument document = documents.get(id);
		UaTranslation text = TranslationForm.translation(document, form);
		try {
			if ("preview".equals(action)) {
				TranslationForm.check(document, text, form.get("language"));
				return show(document, form, text.applyTo(document), List.of(), model);
			}
			UaTranslation saved = translations.save(id, form.get("language"), text, Actor.name(authentication))
				.translation();
			redirect.addFlashAttribute("flash", "translation.admin.saved");
			return "redirect:/admin/uas/" + id + "/translations?language=" + saved.language();
		}
		catch (InvalidInputException invalid) {
			response.setStatus(422);
			List<String> problems = invalid.problems()
				.stream()
				.map((p) -> messages.getMessage(p.code(), p.args().toArray(), p.code(), locale))
				.toList();
			return show(document, form, null, problems, model);
		}
	}

	@PostMapping("/admin/uas/{id:\\d+}/translations/{lang}/publish")
	String publish(@PathVariable long id, @PathVariable String lang, Authentication authentication,
			RedirectAttributes redirect) {
		UaTranslation published = translations.publish(id, lang, Actor.name(authentication));
		redirect.addFlashAttribute("flash", "translation.admin.published");
		return "redirect:/admin/uas/" + id + "/translations?language=" + published.language();
	}

	@PostMapping("/admin/uas/{id:\\d+}/translations/{lang}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable String lang, Authentication authentication,
			RedirectAttributes redirect) {
		UaTranslation withdrawn = translations.withdraw(id, lang, Actor.name(authentication));
		redirect.addFlashAttribute("flash", "translation.admin.withdrawn");
		return "redirect:/admin/uas/" + id + "/translations?language=" + withdrawn.language();
	}

	@PostMapping("/admin/uas/{id:\\d+}/language")
	String original(@PathVariable long id, @RequestParam(required = false) String language,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		try {
			translations.setOriginalLanguage(id, language, Actor.name(authentication));
			redirect.addFlashAttribute("flash", "translation.admin.languageSaved");
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("problems", List.of(messages.getMessage("translation.language", null, locale)));
		}
		return "redirect:/admin/uas/" + id + "/translations";
	}

	private String show(UaDocument document, Map<String, String> form, UaDocument preview, List<String> problems,
			Model model) {
		model.addAttribute("doc", document);
		model.addAttribute("original", translations.originalLanguage(document.id()));
		model.addAttribute("translations", translations.all(document.id()));
		model.addAttribute("form", form);
		model.addAttribute("preview", preview);
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
		}
		return "ua/admin/translations";
	}

}
