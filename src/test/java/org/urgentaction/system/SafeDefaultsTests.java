package org.urgentaction.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the prod profile and behind a proxy: redirects never name the Host a client
 * sent, security headers are set (HSTS when the proxy says the request came over TLS),
 * the token secret is random and kept in the database, and the API refuses cross-site
 * posts with HTTP Basic credentials.
 */
@AppTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class SafeDefaultsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TokenSecret secret;

	@Test
	void aForgedHostHeaderNeverReachesALocation() throws IOException {
		long id = jdbc.sql("select min(id) from ua_document where status = 'PUBLISHED'").query(Long.class).single();
		for (String path : List.of("/uas/" + id, "/admin", "/admin/uas", "/uas/" + id + "/wrong-slug")) {
			for (String headers : List.of("Host: evil.example", "Host: localhost\r\nX-Forwarded-Host: evil.example",
					"Host: evil.example:8443\r\nX-Forwarded-Proto: https")) {
				List<String> response = raw(
						"GET " + path + " HTTP/1.1\r\n" + headers + "\r\nConnection: close\r\n\r\n");
				assertThat(response.get(0)).as(path + " " + headers).matches("HTTP/1.1 30[12378].*");
				String location = response.stream()
					.filter((line) -> line.regionMatches(true, 0, "Location:", 0, 9))
					.findFirst()
					.orElseThrow();
				assertThat(location).doesNotContain("evil.example").contains(": /");
			}
		}
	}

	@Test
	void pagesCarrySecurityHeadersAndHstsOnlyOverTls() throws IOException {
		HttpResponse<String> plain = new Http(port).get("/");
		assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(plain.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(new Http(port).get("/api/uas").headers().firstValue("Referrer-Policy")).hasValue("same-origin");

		List<String> overTls = raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n");
		assertThat(overTls).anySatisfy((line) -> assertThat(line).startsWith("Strict-Transport-Security: max-age="));
	}

	@Test
	void theTokenSecretIsRandomAndKeptInTheDatabase() {
		String stored = jdbc.sql("select secret from app_secret where name = 'mailing-token'")
			.query(String.class)
			.single();
		assertThat(secret.value()).isEqualTo(stored).hasSizeGreaterThanOrEqualTo(32).doesNotStartWith("change-me");
	}

	@Test
	void theApiAnswersNoBasicChallengeAndNoCrossSitePostWithBasicCredentials() {
		long id = jdbc.sql("select min(id) from ua_document where status = 'PUBLISHED'").query(Long.class).single();
		Http http = new Http(port);
		HttpResponse<String> anonymous = http.get("/api/reports/1");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().allValues("WWW-Authenticate")).noneMatch((v) -> v.contains("Basic"));

		String[] admin = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		HttpResponse<String> crossSite = http
			.send(http
				.request("/api/uas/" + id + "/unpublish", admin[0], admin[1], "Origin", "https://evil.example",
						"Content-Type", "text/plain")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))
				.build());
		assertThat(crossSite.statusCode()).isEqualTo(403);
		HttpResponse<String> fetchMetadata = http
			.send(http.request("/api/uas/" + id + "/unpublish", admin[0], admin[1], "Sec-Fetch-Site", "cross-site")
				.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
				.build());
		assertThat(fetchMetadata.statusCode()).isEqualTo(403);
		assertThat(
				jdbc.sql("select status from ua_document where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("PUBLISHED");
		assertThat(http.get("/api/uas?status=DRAFT", admin).statusCode()).as("programs still use Basic").isEqualTo(200);
	}

	private List<String> raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> head = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.add(line);
			}
			return head;
		}
	}

}
