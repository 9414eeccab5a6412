package org.urgentaction.action;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 429 and 503 answers of the report API, with {@code Retry-After}.
 */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
class ReportApiProblems {

	private final MessageSource messages;

	ReportApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimitedException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage("action.problem.tooMany", null, locale));
		problem.setTitle(messages.getMessage("action.problem.tooMany.title", null, locale));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(exception.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(WriterUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(WriterUnavailableException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				messages.getMessage("action.problem.unavailable", null, locale));
		problem.setTitle(messages.getMessage("action.problem.unavailable.title", null, locale));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

}
