package org.urgentaction.subscriber;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subscriber's own data as a JSON file, through a short-lived link sent to their
 * address.
 */
@RestController
class SubscriberDataController {

	private final SubscriptionService service;

	private final MessageSource messages;

	SubscriberDataController(SubscriptionService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@GetMapping(path = "/subscriptions/data/{token}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> export(@PathVariable String token) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-subscription.json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Referrer-Policy", "no-referrer")
			.body(service.export(token));
	}

	@ExceptionHandler(InvalidLinkException.class)
	ProblemDetail invalidLink(InvalidLinkException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(exception.expired() ? HttpStatus.GONE : HttpStatus.BAD_REQUEST, messages
				.getMessage(exception.expired() ? "subscriber.link.expired" : "subscriber.link.invalid", null, locale));
		problem.setTitle(messages.getMessage(
				exception.expired() ? "subscriber.problem.expired" : "subscriber.problem.invalid", null, locale));
		return problem;
	}

}
