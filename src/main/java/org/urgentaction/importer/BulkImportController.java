package org.urgentaction.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.urgentaction.system.Actor;

/**
 * The staff page for importing many documents at once: several files, or {@code .zip}
 * archives of them. The answer lists what became of each file.
 */
@Controller
@RequestMapping("/admin/imports/bulk")
class BulkImportController {

	private final BulkImporter importer;

	private final MessageSource messages;

	BulkImportController(BulkImporter importer, MessageSource messages) {
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping
	String form() {
		return "importer/bulk";
	}

	@PostMapping
	String run(@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication authentication,
			Locale locale, Model model) throws IOException {
		BulkReport report = new BulkReport();
		String actor = Actor.name(authentication);
		for (MultipartFile file : (files == null) ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			String name = file.getOriginalFilename();
			if (SourceFiles.isZip(String.valueOf(name))) {
				try (InputStream in = file.getInputStream()) {
					importer.importZip(name, in, actor, locale, report);
				}
				catch (IOException ex) {
					report.add(
							new BulkResult(name, BulkResult.Outcome.FAILED, null, List.of(archiveProblem(ex, locale))));
				}
			}
			else if (file.getSize() > importer.maxFileSize()) {
				report.add(importer.importFile(SourceFile.unreadable(name, "tooLarge"), actor, locale));
			}
			else {
				report.add(importer.importFile(SourceFile.of(name, file.getBytes()), actor, locale));
			}
		}
		model.addAttribute("report", report);
		return "importer/bulk";
	}

	private String archiveProblem(IOException problem, Locale locale) {
		if (problem instanceof ArchiveRefusedException refused) {
			return messages.getMessage(refused.messageKey(), refused.args(), locale);
		}
		return messages.getMessage("importer.archive.unreadable", null, locale);
	}

}
