package org.urgentaction.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.importer.extract.UnsupportedFormatException;
import org.urgentaction.importer.parse.ImportWarning;
import org.urgentaction.system.Actor;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.UaDocument;

/**
 * The staff review page: upload a document, see its extracted text beside the fields read
 * from it (warnings highlighted), correct them and save the draft, which joins the case
 * with its UA number. Works without JavaScript.
 */
@Controller
@RequestMapping("/admin/imports")
class ImportReviewController {

	private final DocumentReader reader;

	private final ImportService imports;

	private final MessageSource messages;

	ImportReviewController(DocumentReader reader, ImportService imports, MessageSource messages) {
		this.reader = reader;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String upload() {
		return "importer/upload";
	}

	@PostMapping
	String review(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				return refuse(model, response, 422, message("importer.noFile", locale));
			}
			reader.checkSize(file.getSize());
			ImportedDocument imported = reader.read(file.getOriginalFilename(), file.getBytes());
			imports.importedAs(imported.contentHash()).ifPresent((id) -> model.addAttribute("importedAs", id));
			return show(ReviewForms.of(imported), warnings(imported.warnings(), locale), imported.layout(), model);
		}
		catch (UnsupportedFormatException ex) {
			return refuse(model, response, 415, message("importer.unsupported", locale, ex.fileName()));
		}
		catch (ImportFailedException ex) {
			return refuse(model, response, "tooLarge".equals(ex.reason()) ? 413 : 422,
					message(ex.messageKey(), locale));
		}
	}

	@PostMapping("/save")
	String save(@ModelAttribute("form") ReviewForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		if (!"save".equals(action)) {
			ReviewForms.tidy(form, "addPerson".equals(action), "addTarget".equals(action));
			return show(form, Map.of(), null, model);
		}
		ReviewForms conversion = new ReviewForms(form);
		if (result.hasErrors() || !conversion.problems().isEmpty()) {
			reject(conversion, conversion.problems(), result);
			return show(form, Map.of(), null, model);
		}
		try {
			var translation = imports.saveTranslation(conversion.document(), form.getLanguage(), form.getContentHash(),
					form.getWarningCount(), form.getFileName(), Actor.name(authentication));
			if (translation.isPresent()) {
				redirect.addFlashAttribute("flash", "translation.admin.saved");
				return "redirect:/admin/uas/" + translation.get().document().id() + "/translations?language="
						+ form.getLanguage();
			}
			UaDocument saved = imports.saveDraft(conversion.document(), form.getContentHash(), form.getFileName(),
					form.getWarningCount(), Actor.name(authentication));
			redirect.addFlashAttribute("flash", "importer.saved");
			return "redirect:/admin/uas/" + saved.id();
		}
		catch (InvalidInputException invalid) {
			reject(conversion, invalid.problems(), result);
		}
		catch (AlreadyImportedException duplicate) {
			result.reject("importer.duplicate", new Object[] { duplicate.documentId() }, "importer.duplicate");
			model.addAttribute("importedAs", duplicate.documentId());
		}
		return show(form, Map.of(), null, model);
	}

	private String show(ReviewForm form, Map<String, List<String>> warnings, String layout, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("warnings", warnings);
		model.addAttribute("layout", layout);
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("outcomeTypes", OutcomeType.values());
		return "importer/review";
	}

	private String refuse(Model model, HttpServletResponse response, int status, String error) {
		response.setStatus(status);
		model.addAttribute("error", error);
		return "importer/upload";
	}

	private static void reject(ReviewForms conversion, List<FieldProblem> problems, BindingResult result) {
		for (FieldProblem problem : problems) {
			String field = conversion.formField(problem.field());
			try {
				result.rejectValue(field, problem.code(), problem.args().toArray(), problem.code());
			}
			catch (RuntimeException notAFormField) {
				result.reject(problem.code(), problem.args().toArray(), problem.code());
			}
		}
	}

	private Map<String, List<String>> warnings(List<ImportWarning> warnings, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (ImportWarning warning : warnings) {
			byField.computeIfAbsent(warning.field(), (field) -> new ArrayList<>())
				.add(messages.getMessage(warning.messageKey(), warning.args().toArray(), warning.code(), locale));
		}
		return byField;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
