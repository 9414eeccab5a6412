package org.urgentaction.action;

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

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimitedException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many reports from this address or for this Urgent Action; please try again later.");
		problem.setTitle("Too many requests");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(exception.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(WriterUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(WriterUnavailableException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The report could not be stored just now; please send it again (with the same Idempotency-Key).");
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

}
