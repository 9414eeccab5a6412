package org.urgentaction.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end: an administrator registers a receiver in this test, a publication
 * reaches it signed, a failed delivery is retried with the same event id, and one that
 * keeps failing is given up and shown to staff.
 */
@AppTest
@TestPropertySource(properties = { "ua.webhooks.allow-internal-addresses=true", "ua.webhooks.retry-backoff=300ms",
		"ua.webhooks.poll-interval=100ms", "ua.webhooks.give-up-after=3s" })
class WebhookDeliveryTests {

	static final String SECRET = "receiver-secret-0123456789";

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aPublicationArrivesSignedAndAgainWithTheSameIdAfterAFailure() throws Exception {
		AtomicInteger answers = new AtomicInteger();
		try (WebhookReceiver receiver = new WebhookReceiver(() -> (answers.getAndIncrement() == 0) ? 500 : 200)) {
			long endpoint = register(receiver.url(), "ua.published");
			UaDocument published = publishNewCase("81/26");

			List<WebhookReceiver.Received> requests = receiver.awaitRequests(2, Duration.ofSeconds(20));
			assertThat(requests).hasSize(2);
			WebhookReceiver.Received first = requests.get(0);
			WebhookReceiver.Received again = requests.get(1);
			assertThat(again.body()).isEqualTo(first.body());
			assertThat(again.eventId()).isEqualTo(first.eventId());
			assertThat(first.event()).isEqualTo("ua.published");
			assertThat(first.signature()).isEqualTo("sha256=" + hmac(SECRET, first.body()));

			JsonNode event = json.readTree(first.body());
			assertThat(event.path("id").asString()).isEqualTo(first.eventId());
			assertThat(event.path("type").asString()).isEqualTo("ua.published");
			assertThat(Instant.parse(event.path("time").asString())).isBefore(Instant.now());
			assertThat(event.at("/data/documentId").asLong()).isEqualTo(published.id());
			assertThat(event.at("/data/uaNumber").asString()).isEqualTo("81/26");

			JsonNode deliveries = awaitDelivery(endpoint, "DELIVERED");
			assertThat(deliveries.get(0).path("attempts").asInt()).isEqualTo(2);
			Thread.sleep(1000);
			assertThat(receiver.awaitRequests(3, Duration.ZERO)).as("delivered once it was answered 2xx").hasSize(2);
		}
	}

	@Test
	void aDeliveryThatKeepsFailingIsGivenUpAndShownToStaff() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver(() -> 503)) {
			long endpoint = register(receiver.url(), "ua.published");
			publishNewCase("82/26");
			JsonNode failed = awaitDelivery(endpoint, "FAILED");
			assertThat(failed.get(0).path("lastStatus").asInt()).isEqualTo(503);
			assertThat(receiver.awaitRequests(2, Duration.ZERO).size()).isGreaterThan(1);
			var list = http().get("/api/webhooks", admin());
			JsonNode mine = null;
			for (JsonNode node : json.readTree(list.body())) {
				if (node.path("id").asLong() == endpoint) {
					mine = node;
				}
			}
			assertThat(mine).isNotNull();
			assertThat(mine.path("failedDeliveries").asLong()).isEqualTo(1);
			assertThat(mine.has("secret")).isFalse();
			assertThat(http().send(http().request("/api/webhooks/" + endpoint, admin()).DELETE().build()).statusCode())
				.isEqualTo(204);
			assertThat(http().get("/api/webhooks/" + endpoint + "/deliveries", admin()).statusCode()).isEqualTo(404);
		}
	}

	@Test
	void registrationsAreCheckedAndForAdministratorsOnly() {
		String body = "{\"url\":\"ftp://example.org/x\",\"events\":[\"ua.published\",\"ua.nothing\"],\"secret\":\"short\"}";
		var refused = http().postJson("/api/webhooks", body, admin());
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"url\"", "\"events[1]\"", "\"secret\"");
		assertThat(http().postJson("/api/webhooks", body).statusCode()).isEqualTo(401);
		assertThat(http().get("/api/webhooks").statusCode()).isEqualTo(401);
	}

	private long register(String url, String... events) {
		String body = "{\"url\":\"" + url + "\",\"events\":[\"" + String.join("\",\"", events) + "\"],\"secret\":\""
				+ SECRET + "\"}";
		var created = http().postJson("/api/webhooks", body, admin());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).isPresent();
		assertThat(created.body()).doesNotContain(SECRET);
		return json.readTree(created.body()).path("id").asLong();
	}

	private JsonNode awaitDelivery(long endpoint, String status) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		JsonNode found = json.readTree("[]");
		while (Instant.now().isBefore(until)) {
			var answer = http().get("/api/webhooks/" + endpoint + "/deliveries?status=" + status, admin());
			found = json.readTree(answer.body());
			if (found.size() > 0) {
				return found;
			}
			Thread.sleep(100);
		}
		assertThat(found.size()).as("a %s delivery", status).isPositive();
		return found;
	}

	private UaDocument publishNewCase(String uaNumber) {
		UaDocument t = uas.nextDocumentTemplate(SampleDocument.of(uas).id());
		UaDocument copy = new UaDocument(null, null, null, DocumentKind.INITIAL, 1, uaNumber, null, t.country(),
				t.issueDate(), null, t.title(), t.summary(), t.persons(), t.targets(), t.letter(),
				t.additionalInformation(), t.preferredLanguages(), null, t.themes(), null, null, null, 0);
		UaDocument draft = uas.createDraft(copy, "test");
		return uas.publish(draft.id(), "test");
	}

	private Http http() {
		return new Http(port);
	}

	private static String[] admin() {
		return Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
	}

	private static String hmac(String secret, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

}
