package org.urgentaction.subscriber;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.system.TokenSecret;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the subscription API and pages: a clear problem document or message, and
 * nothing stored or changed.
 */
@AppTest
class SubscriptionInputTests {

	@LocalServerPort
	int port;

	@Autowired
	SubscriberTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TokenSecret secret;

	@Test
	void invalidFieldsAreListedInAProblemDocumentAndNothingIsStored() {
		long before = subscribers();
		HttpResponse<String> response = new Http(port).postJson("/api/subscriptions", """
				{"email": "not an address", "country": "XX", "languages": ["klingon"], "countries": ["KZ", "Atlantis"],
				 "regions": ["MOON"], "themes": ["torture", "no-such-theme"], "frequency": "DAILY"}""");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"frequency\"");
		HttpResponse<String> fields = new Http(port).postJson("/api/subscriptions", """
				{"email": "not an address", "country": "XX", "languages": ["klingon"], "countries": ["KZ", "Atlantis"],
				 "regions": ["MOON"], "themes": ["torture", "no-such-theme"], "frequency": "WEEKLY"}""");
		assertThat(fields.statusCode()).isEqualTo(422);
		assertThat(fields.body()).contains("\"field\":\"email\"", "\"field\":\"country\"", "\"field\":\"languages[0]\"",
				"\"field\":\"countries[1]\"", "\"field\":\"regions[0]\"", "\"field\":\"themes[1]\"",
				"Unknown country: Atlantis", "Unknown theme: no-such-theme");
		assertThat(fields.body()).doesNotContain("countries[0]", "themes[0]");
		assertThat(new Http(port).postJson("/api/subscriptions", "{\"email\": ").statusCode()).isEqualTo(400);
		assertThat(new Http(port)
			.postJson("/api/subscriptions",
					"{\"email\":\"a@b.example\\r\\nBcc: x@y.example\",\"country\":\"GB\","
							+ "\"frequency\":\"WEEKLY\"}")
			.statusCode()).isEqualTo(422);
		assertThat(subscribers()).isEqualTo(before);
	}

	@Test
	void theSubscriptionPageShowsMessagesOnTheFormAndEscapesInput() {
		Http http = new Http(port);
		HttpResponse<String> page = http.get("/subscribe");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"email\"", "Kazakhstan", "Europe and Central Asia", "death-penalty");
		HttpResponse<String> invalid = org.urgentaction.support.PageForms.submit(http, "/subscribe", "/subscribe",
				"email", "<script>@x", "name", "<b>Ana</b>", "country", "GB", "frequency", "IMMEDIATE");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("This is not an email address", "&lt;b&gt;Ana&lt;/b&gt;")
			.doesNotContain("<b>Ana</b>");
	}

	@Test
	void tamperedExpiredAndMisusedLinksChangeNothing() throws Exception {
		long id = jdbc
			.sql("""
					insert into subscriber (email, country, languages, frequency, everything, status, created_at, updated_at)
					values ('links@example.org', 'GB', 'en', 'WEEKLY', true, 'PENDING', current_timestamp, current_timestamp)""")
			.update() > 0
					? jdbc.sql("select id from subscriber where email = 'links@example.org'").query(Long.class).single()
					: 0;
		Http http = new Http(port);
		String good = tokens.create(SubscriberTokens.Purpose.CONFIRM, id);
		String tampered = good.substring(0, good.length() - 2) + (good.endsWith("A") ? "BB" : "AA");
		String other = tokens.create(SubscriberTokens.Purpose.CONFIRM, id + 1).split("\\.")[1];
		String swapped = good.split("\\.")[0] + "." + other;
		String expired = signed("c." + id + "." + Instant.now().minusSeconds(60).getEpochSecond());
		String manage = tokens.create(SubscriberTokens.Purpose.MANAGE, id);

		for (String bad : new String[] { tampered, swapped, "nonsense", manage }) {
			HttpResponse<String> response = http.postJson("/api/subscriptions/confirm", "{\"token\":\"" + bad + "\"}");
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(response.body()).contains("not valid");
		}
		HttpResponse<String> old = http.postJson("/api/subscriptions/confirm", "{\"token\":\"" + expired + "\"}");
		assertThat(old.statusCode()).isEqualTo(410);
		assertThat(http.get("/subscriptions/manage/" + tampered).statusCode()).isEqualTo(400);
		assertThat(http.get("/subscriptions/data/" + manage + "/export.json").statusCode()).isEqualTo(400);
		assertThat(status(id)).isEqualTo("PENDING");

		assertThat(http.postJson("/api/subscriptions/confirm", "{\"token\":\"" + good + "\"}").body())
			.contains("\"alreadyConfirmed\":false");
		assertThat(http.postJson("/api/subscriptions/confirm", "{\"token\":\"" + good + "\"}").body())
			.contains("\"alreadyConfirmed\":true");
		assertThat(status(id)).isEqualTo("ACTIVE");
	}

	private String signed(String payload) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
				+ encoder.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
	}

	private long subscribers() {
		return jdbc.sql("select count(*) from subscriber").query(Long.class).single();
	}

	private String status(long id) {
		return jdbc.sql("select status from subscriber where id = :id").param("id", id).query(String.class).single();
	}

}
