package org.urgentaction.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/webhooks}: administrators register, list and remove endpoints, and see
 * their deliveries (failed ones with {@code ?status=FAILED}).
 */
@RestController
@RequestMapping("/api/webhooks")
class WebhookApiController {

	private final WebhookService service;

	WebhookApiController(WebhookService service) {
		this.service = service;
	}

	record Registration(String url, List<String> events, String secret) {
	}

	record EndpointJson(long id, String url, List<String> events, Instant createdAt, String createdBy,
			long queuedDeliveries, long failedDeliveries) {
	}

	@PostMapping
	ResponseEntity<EndpointJson> register(@RequestBody Registration body, Authentication user) {
		WebhookEndpoint endpoint = service.register(body.url(), body.events(), body.secret(), admin(user));
		return ResponseEntity.created(URI.create("/api/webhooks/" + endpoint.id())).body(json(endpoint));
	}

	@GetMapping
	List<EndpointJson> list(Authentication user) {
		admin(user);
		return service.all().stream().map(this::json).toList();
	}

	@GetMapping("/{id}/deliveries")
	List<WebhookDeliveries.Delivery> deliveries(@PathVariable long id,
			@RequestParam(required = false) DeliveryStatus status, Authentication user) {
		admin(user);
		return service.deliveries(id, (status == null) ? null : status.name());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, Authentication user) {
		service.delete(id, admin(user));
		return ResponseEntity.noContent().build();
	}

	enum DeliveryStatus {

		QUEUED, SENDING, DELIVERED, FAILED

	}

	private EndpointJson json(WebhookEndpoint endpoint) {
		return new EndpointJson(endpoint.id(), endpoint.url(), endpoint.events(), endpoint.createdAt(),
				endpoint.createdBy(), service.count(endpoint.id(), "QUEUED"), service.count(endpoint.id(), "FAILED"));
	}

	/**
	 * Webhooks send data out of the application: administrators only.
	 */
	private static String admin(Authentication user) {
		boolean admin = user != null && user.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		if (!admin) {
			throw new AccessDeniedException("Administrators only");
		}
		return user.getName().toLowerCase(Locale.ROOT);
	}

}
