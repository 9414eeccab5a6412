package org.urgentaction.webhook;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One thread per node that delivers due webhook deliveries: a POST of the event's JSON,
 * signed in {@code X-Signature-256}, with {@code X-Webhook-Id} (the event id, to drop
 * repeats) and {@code X-Webhook-Event}. A 2xx answer delivers it; anything else is
 * retried with doubling waits ({@code ua.webhooks.retry-backoff} up to
 * {@code max-backoff}) until {@code give-up-after} has passed since the event, then it is
 * marked failed for staff to see.
 */
@Component
class WebhookSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private static final int BATCH = 20;

	private final WebhookDeliveries deliveries;

	private final WebhookUrls urls;

	private final WebhookProperties settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MeterRegistry meters;

	private final HttpClient client;

	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final Object signal = new Object();

	private volatile boolean running;

	private Thread thread;

	WebhookSender(WebhookDeliveries deliveries, WebhookUrls urls, WebhookProperties settings,
			TransactionTemplate transactions, Clock clock, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.urls = urls;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
		this.meters = meters;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private void run() {
		while (running) {
			try {
				if (!deliverBatch()) {
					synchronized (signal) {
						if (running) {
							signal.wait(Math.max(1, settings.pollInterval().toMillis()));
						}
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Webhook delivery failed; trying again shortly", ex);
				sleepQuietly();
			}
		}
	}

	private boolean deliverBatch() {
		Instant now = clock.instant();
		List<WebhookDeliveries.Claimed> batch = transactions.execute((status) -> {
			List<Long> ids = deliveries.claim(BATCH, owner, now, now.plus(settings.lease()));
			return ids.isEmpty() ? List.<WebhookDeliveries.Claimed>of() : deliveries.claimed(ids);
		});
		if (batch == null || batch.isEmpty()) {
			return false;
		}
		for (WebhookDeliveries.Claimed delivery : batch) {
			if (!running) {
				deliveries.retry(delivery.id(), owner, null, "node stopped", clock.instant());
				continue;
			}
			deliver(delivery);
		}
		return true;
	}

	private void deliver(WebhookDeliveries.Claimed delivery) {
		String refused = urls.problem(delivery.url());
		if (refused != null) {
			outcome(delivery, null, "address refused: " + refused);
			return;
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url().strip()))
			.timeout(settings.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "UrgentActionNetwork-Webhooks")
			.header(WebhookSignature.HEADER, WebhookSignature.of(delivery.secret(), delivery.payload()))
			.header("X-Webhook-Id", delivery.eventId())
			.header("X-Webhook-Event", delivery.eventType())
			.POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
			.build();
		try {
			HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				deliveries.delivered(delivery.id(), owner, status, clock.instant());
				meters.counter("ua.webhook.deliveries", "outcome", "delivered").increment();
			}
			else {
				outcome(delivery, status, "HTTP " + status);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			outcome(delivery, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			outcome(delivery, null, "interrupted");
		}
	}

	private void outcome(WebhookDeliveries.Claimed delivery, Integer status, String error) {
		Instant now = clock.instant();
		long factor = 1L << Math.min(20, Math.max(0, delivery.attempts() - 1));
		Duration wait = settings.retryBackoff().multipliedBy(factor);
		Instant next = now.plus(wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait);
		if (next.isAfter(delivery.createdAt().plus(settings.giveUpAfter()))) {
			log.warn("Webhook delivery {} of event {} failed for good after {} attempts: {}", delivery.id(),
					delivery.eventId(), delivery.attempts(), error);
			deliveries.failed(delivery.id(), owner, status, error);
			meters.counter("ua.webhook.deliveries", "outcome", "failed").increment();
		}
		else {
			log.info("Webhook delivery {} deferred until {}: {}", delivery.id(), next, error);
			deliveries.retry(delivery.id(), owner, status, error, next);
			meters.counter("ua.webhook.deliveries", "outcome", "retried").increment();
		}
	}

	void wake() {
		synchronized (signal) {
			signal.notifyAll();
		}
	}

	private void sleepQuietly() {
		try {
			Thread.sleep(Math.max(100, settings.pollInterval().toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		if (!settings.sending()) {
			return;
		}
		thread = new Thread(this::run, "webhook-sender");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		wake();
		if (thread != null) {
			try {
				thread.join(settings.timeout().toMillis() + 5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
