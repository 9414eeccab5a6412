package org.urgentaction.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a random local port that records every request and answers with
 * the status its script gives.
 */
final class WebhookReceiver implements AutoCloseable {

	record Received(String eventId, String event, String signature, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	WebhookReceiver(IntSupplier answer) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestHeaders().getFirst("X-Webhook-Id"),
					exchange.getRequestHeaders().getFirst("X-Webhook-Event"),
					exchange.getRequestHeaders().getFirst("X-Signature-256"), body));
			exchange.sendResponseHeaders(answer.getAsInt(), -1);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	List<Received> awaitRequests(int count, Duration timeout) throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		while (received.size() < count && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
