package org.urgentaction.letter;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.ProblemTexts;

/**
 * {@code POST /api/uas/{id}/letters}: a letter to one target as PDF, for integrations.
 * Open to anyone, like the public page; nothing is stored.
 */
@RestController
class LetterApiController {

	private final LetterService letters;

	private final LetterLimiter limiter;

	private final ProblemTexts texts;

	LetterApiController(LetterService letters, LetterLimiter limiter, ProblemTexts texts) {
		this.letters = letters;
		this.limiter = limiter;
		this.texts = texts;
	}

	@PostMapping(path = "/api/uas/{id}/letters", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<byte[]> letter(@PathVariable long id, @RequestBody LetterRequest request, Locale locale,
			HttpServletRequest http) {
		byte[] pdf = limiter.render(http.getRemoteAddr(),
				() -> letters.pdf(id, request, locale, LetterXhtml.Style.PRINT));
		return pdfResponse(pdf, "letter-" + id + "-" + request.targetId() + ".pdf");
	}

	@ExceptionHandler(LetterLimiter.Refused.class)
	ResponseEntity<ProblemDetail> refused(LetterLimiter.Refused refused, Locale locale) {
		boolean tooMany = refused.status == 429;
		ProblemDetail problem = texts.problem(HttpStatus.valueOf(refused.status),
				tooMany ? "tooManyRequests" : "serviceUnavailable", tooMany ? "tooManyLetters" : "lettersBusy", locale);
		return ResponseEntity.status(refused.status)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
