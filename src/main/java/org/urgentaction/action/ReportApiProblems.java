package org.urgentaction.action;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.urgentaction.system.ProblemTexts;

/**
 * 429 and 503 answers of the report API, with {@code Retry-After}.
 */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
class ReportApiProblems {

	private final ProblemTexts texts;

	ReportApiProblems(ProblemTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimitedException exception, Locale locale) {
		ProblemDetail problem = texts.problem(HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests", "tooManyReports",
				locale);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(exception.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(WriterUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(WriterUnavailableException exception, Locale locale) {
		ProblemDetail problem = texts.problem(HttpStatus.SERVICE_UNAVAILABLE, "serviceUnavailable", "reportNotStored",
				locale);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

}
