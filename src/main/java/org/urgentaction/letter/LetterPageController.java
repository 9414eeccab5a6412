package org.urgentaction.letter;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaLinks;

/**
 * The composer's "Download PDF" on the public page: a plain form post that answers with
 * the PDF, or, when something typed is not acceptable, with the form again, everything
 * typed kept and the problems named. Generating a letter stores and changes nothing, so
 * it needs no account.
 */
@Controller
class LetterPageController {

	private final LetterService letters;

	private final LetterLimiter limiter;

	LetterPageController(LetterService letters, LetterLimiter limiter) {
		this.letters = letters;
		this.limiter = limiter;
	}

	@PostMapping("/uas/{id:\\d+}/letters")
	String download(@PathVariable long id, @ModelAttribute LetterForm form, Locale locale, Model model,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		UaDocument document = letters.actionable(id);
		LetterRequest request = form.toRequest();
		byte[] pdf;
		try {
			int letterCount = form.allTargets() ? document.targets().size() : 1;
			if (request.text() != null && (long) request.text().length() * letterCount > limiter.maxTotalLength()) {
				throw new InvalidInputException(
						new FieldProblem("text", "letter.tooLongForAll", limiter.maxTotalLength() / letterCount));
			}
			pdf = limiter.render(http.getRemoteAddr(),
					() -> form.allTargets() ? letters.pdfForAll(id, request, locale, form.style())
							: letters.pdf(id, request, locale, form.style()));
		}
		catch (LetterLimiter.Refused refused) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds));
			response.sendError(refused.status);
			return null;
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("doc", document);
			model.addAttribute("form", form);
			model.addAttribute("problems", invalid.problems());
			model.addAttribute("pagePath", UaLinks.path(document));
			model.addAttribute("targets", document.targets());
			return "letter/compose";
		}
		String name = (form.fax() ? "fax-" : "letter-") + UaLinks.path(document).replaceAll(".*/", "")
				+ (form.allTargets() ? "" : "-" + request.targetId()) + ".pdf";
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
		return null;
	}

}
