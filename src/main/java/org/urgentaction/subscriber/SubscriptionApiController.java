package org.urgentaction.subscriber;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscribing through the API, for partner sites and apps. Answers the same whether or
 * not the address is known.
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionApiController {

	private final SubscriptionService service;

	private final MessageSource messages;

	SubscriptionApiController(SubscriptionService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@PostMapping
	ResponseEntity<Map<String, String>> subscribe(@RequestBody SubscriptionJson body, Locale locale,
			HttpServletRequest request) {
		service.subscribe(body.toRequest(), request.getRemoteAddr());
		return ResponseEntity.accepted()
			.body(Map.of("status", "accepted", "message",
					messages.getMessage("subscriber.api.accepted", null, locale)));
	}

	@PostMapping("/confirm")
	Map<String, Object> confirm(@RequestBody SubscriptionJson.Token body) {
		boolean first = service.confirm(body.token());
		return Map.of("status", "confirmed", "alreadyConfirmed", !first);
	}

	@PostMapping("/unsubscribe")
	ResponseEntity<Void> unsubscribe(@RequestBody SubscriptionJson.Token body) {
		service.unsubscribe(body.token());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(TooManyConfirmationsException.class)
	ResponseEntity<ProblemDetail> tooMany(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage("subscriber.tooMany", null, locale));
		problem.setTitle(messages.getMessage("problem.title.tooManyRequests", null, locale));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600").body(problem);
	}

	@ExceptionHandler(InvalidLinkException.class)
	ProblemDetail invalidLink(InvalidLinkException exception, Locale locale) {
		HttpStatus status = exception.expired() ? HttpStatus.GONE : HttpStatus.BAD_REQUEST;
		String key = exception.expired() ? "subscriber.link.expired" : "subscriber.link.invalid";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
		problem.setTitle(messages
			.getMessage(exception.expired() ? "problem.title.linkExpired" : "problem.title.invalidLink", null, locale));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
