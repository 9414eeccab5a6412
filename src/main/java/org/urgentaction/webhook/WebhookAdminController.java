package org.urgentaction.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff page of webhooks: the endpoints with their failed deliveries, and the latest
 * deliveries that were given up after a day of retries.
 */
@Controller
class WebhookAdminController {

	private static final int SHOWN = 100;

	private final WebhookEndpoints endpoints;

	private final WebhookDeliveries deliveries;

	WebhookAdminController(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
	}

	@GetMapping("/admin/webhooks")
	String page(Model model) {
		Map<WebhookEndpoint, Long> failedPerEndpoint = new LinkedHashMap<>();
		for (WebhookEndpoint endpoint : endpoints.all()) {
			failedPerEndpoint.put(endpoint, deliveries.count(endpoint.id(), "FAILED"));
		}
		model.addAttribute("endpoints", failedPerEndpoint);
		model.addAttribute("failed", deliveries.failed(SHOWN));
		return "webhook/admin";
	}

}
