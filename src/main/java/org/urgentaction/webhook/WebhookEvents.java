package org.urgentaction.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.urgentaction.action.ActionReported;
import org.urgentaction.subscriber.SubscriberConfirmed;
import org.urgentaction.subscriber.SubscriberDirectory;
import org.urgentaction.subscriber.SubscriberUnsubscribed;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaCaseClosed;
import org.urgentaction.ua.UaCaseStopped;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaDocumentPublished;
import org.urgentaction.ua.UaLinks;
import org.urgentaction.ua.UaService;

/**
 * Turns events of the other features into webhook deliveries, inside the transaction of
 * the event: a publication and its deliveries commit or fail together. Each event is a
 * JSON document {@code {"id", "type", "time", "data"}}; the id is the same in every
 * delivery and every attempt.
 */
@Component
class WebhookEvents {

	private final WebhookEndpoints endpoints;

	private final WebhookDeliveries deliveries;

	private final WebhookSender sender;

	private final UaService documents;

	private final UaLinks links;

	private final SubscriberDirectory subscribers;

	private final JsonMapper json;

	private final Clock clock;

	WebhookEvents(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookSender sender, UaService documents,
			UaLinks links, SubscriberDirectory subscribers, JsonMapper json, Clock clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.sender = sender;
		this.documents = documents;
		this.links = links;
		this.subscribers = subscribers;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void published(UaDocumentPublished event) {
		WebhookEvent type = (event.kind() == DocumentKind.INITIAL) ? WebhookEvent.UA_PUBLISHED
				: WebhookEvent.UA_UPDATED;
		if (endpoints.subscribedTo(type).isEmpty()) {
			return;
		}
		UaDocument document = documents.get(event.documentId());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("documentId", document.id());
		data.put("caseId", document.caseId());
		data.put("kind", document.kind().name());
		data.put("uaNumber", document.uaNumber());
		data.put("country", document.country());
		data.put("title", document.title());
		data.put("deadline", (document.deadline() == null) ? null : document.deadline().toString());
		data.put("url", links.url(document));
		data.put("api", links.url("/api/uas/" + document.id()));
		send(type, data);
	}

	@EventListener
	void closed(UaCaseClosed event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("caseId", event.caseId());
		data.put("outcome", (event.outcome().type() == null) ? null : event.outcome().type().name());
		send(WebhookEvent.CASE_CLOSED, data);
	}

	@EventListener
	void stopped(UaCaseStopped event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("caseId", event.caseId());
		data.put("reason", event.reason());
		send(WebhookEvent.CASE_STOPPED, data);
	}

	@EventListener
	void reported(ActionReported event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("reportId", event.reportId());
		data.put("documentId", event.documentId());
		data.put("caseId", event.caseId());
		data.put("reportedAt", event.reportedAt().toString());
		send(WebhookEvent.REPORT_CREATED, data);
	}

	@EventListener
	void confirmed(SubscriberConfirmed event) {
		subscriber(WebhookEvent.SUBSCRIBER_CONFIRMED, event.subscriberId(), null);
	}

	@EventListener
	void unsubscribed(SubscriberUnsubscribed event) {
		subscriber(WebhookEvent.SUBSCRIBER_UNSUBSCRIBED, event.subscriberId(), event.reason());
	}

	private void subscriber(WebhookEvent type, long id, String reason) {
		if (endpoints.subscribedTo(type).isEmpty()) {
			return;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscriberId", id);
		data.put("email", subscribers.find(id).map((s) -> s.email()).orElse(null));
		if (reason != null) {
			data.put("reason", reason);
		}
		send(type, data);
	}

	private void send(WebhookEvent type, Map<String, Object> data) {
		List<WebhookEndpoint> receivers = endpoints.subscribedTo(type);
		if (receivers.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		String id = UUID.randomUUID().toString();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("type", type.wireName());
		body.put("time", now.toString());
		body.put("data", data);
		String payload = json.writeValueAsString(body);
		for (WebhookEndpoint endpoint : receivers) {
			deliveries.enqueue(endpoint.id(), id, type, payload, now);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sender.wake();
				}
			});
		}
		else {
			sender.wake();
		}
	}

}
