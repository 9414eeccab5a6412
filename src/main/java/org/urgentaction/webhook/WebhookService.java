package org.urgentaction.webhook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * Registers and removes webhook endpoints (administrators only; recorded in the history).
 */
@Service
class WebhookService {

	static final int MIN_SECRET_LENGTH = 16;

	private final WebhookEndpoints endpoints;

	private final WebhookDeliveries deliveries;

	private final WebhookUrls urls;

	private final AuditLog audit;

	private final Clock clock;

	WebhookService(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookUrls urls, AuditLog audit,
			Clock clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.urls = urls;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	WebhookEndpoint register(String url, List<String> events, String secret, String actor) {
		List<FieldProblem> problems = new ArrayList<>();
		String urlProblem = urls.problem(url);
		if (urlProblem != null) {
			problems.add(new FieldProblem("url", urlProblem));
		}
		LinkedHashSet<String> names = new LinkedHashSet<>();
		if (events == null || events.isEmpty()) {
			problems.add(new FieldProblem("events", "webhook.validation.events"));
		}
		else {
			for (int i = 0; i < events.size(); i++) {
				String name = events.get(i);
				if (name == null || WebhookEvent.fromWireName(name).isEmpty()) {
					problems
						.add(new FieldProblem("events[" + i + "]", "webhook.validation.event", String.valueOf(name)));
				}
				else {
					names.add(name);
				}
			}
		}
		if (secret == null || secret.length() < MIN_SECRET_LENGTH || secret.length() > 200) {
			problems.add(new FieldProblem("secret", "webhook.validation.secret", MIN_SECRET_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = endpoints.insert(url.strip(), List.copyOf(names), secret, actor, clock.instant());
		audit.record(actor, "WEBHOOK_REGISTERED", "webhook_endpoint", id, url.strip() + " " + names);
		return endpoints.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<WebhookEndpoint> all() {
		return endpoints.all();
	}

	@Transactional(readOnly = true)
	long count(long endpointId, String status) {
		return deliveries.count(endpointId, status);
	}

	@Transactional(readOnly = true)
	List<WebhookDeliveries.Delivery> deliveries(long endpointId, String status) {
		endpoints.find(endpointId).orElseThrow(() -> new NotFoundException("Webhook " + endpointId));
		return deliveries.recent(endpointId, status, 100);
	}

	@Transactional
	void delete(long id, String actor) {
		WebhookEndpoint endpoint = endpoints.find(id).orElseThrow(() -> new NotFoundException("Webhook " + id));
		endpoints.delete(id);
		audit.record(actor, "WEBHOOK_DELETED", "webhook_endpoint", id, endpoint.url());
	}

}
