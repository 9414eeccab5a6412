package org.urgentaction.staff;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty wrong passwords hold back the right one for a while, on the login form and with
 * HTTP Basic; then it works again (no lockout for good).
 */
@AppTest
@TestPropertySource(properties = { "ua.staff.first-delay=1s", "ua.staff.max-delay=3s" })
class LoginThrottleTests {

	private static final String PASSWORD = "the-right-password-1";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void thirtyWrongPasswordsOnTheFormHoldBackTheRightOneForAWhile() throws InterruptedException {
		String email = newCoordinator();
		StaffClient client = new StaffClient(port);
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> wrong = client.logIn(email, "wrong-password-" + i);
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/admin/login?");
		}
		// on a slow machine the block may be about to end: a few more wrong ones start
		// the next
		for (int more = 0; more < 10 && !blockedForAnotherSecond(email); more++) {
			client.logIn(email, "wrong-password-more-" + more);
		}
		HttpResponse<String> right = client.logIn(email, PASSWORD);
		String location = right.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/admin/login?wait=");
		assertThat(client.follow(right).body()).contains("Too many failed logins");
		assertThat(client.get("/admin/uas").statusCode()).as("not logged in").isEqualTo(302);

		Thread.sleep(3_100);
		HttpResponse<String> later = client.logIn(email, PASSWORD);
		assertThat(later.headers().firstValue("Location").orElseThrow()).contains("/admin")
			.doesNotContain("/admin/login");
		assertThat(client.get("/admin/uas").statusCode()).isEqualTo(200);
	}

	@Test
	void thirtyWrongPasswordsWithBasicHoldBackTheRightOneForAWhile() throws InterruptedException {
		String email = newCoordinator();
		Http http = new Http(port);
		int throttled = 0;
		for (int i = 0; i < 30; i++) {
			int status = http.get("/api/uas?status=DRAFT", Http.basic(email, "wrong-" + i)).statusCode();
			assertThat(status).isIn(401, 429);
			throttled += (status == 429) ? 1 : 0;
		}
		assertThat(throttled).isGreaterThan(20);
		for (int more = 0; more < 10 && !blockedForAnotherSecond(email); more++) {
			http.get("/api/uas?status=DRAFT", Http.basic(email, "wrong-more-" + more));
		}
		HttpResponse<String> right = http.get("/api/uas?status=DRAFT", Http.basic(email, PASSWORD));
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();

		Thread.sleep(3_100);
		assertThat(http.get("/api/uas?status=DRAFT", Http.basic(email, PASSWORD)).statusCode()).isEqualTo(200);
	}

	@Test
	void failuresOfOneAccountDoNotHoldBackAnother() {
		String attacked = newCoordinator();
		String other = newCoordinator();
		Http http = new Http(port);
		for (int i = 0; i < 30; i++) {
			http.get("/api/uas?status=DRAFT", Http.basic(attacked, "wrong-" + i));
		}
		assertThat(http.get("/api/uas?status=DRAFT", Http.basic(other, PASSWORD)).statusCode()).isEqualTo(200);
	}

	@Test
	void theDelayGrowsWithEachFailureUpToTheMaximum() {
		LoginThrottle throttle = new LoginThrottle(jdbc,
				new StaffSecurityProperties(false, 5, 20, java.time.Duration.ofSeconds(1),
						java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(1),
						java.time.Duration.ofMinutes(5)),
				java.time.Clock.systemUTC());
		assertThat(throttle.delay(5, 5)).isZero();
		assertThat(throttle.delay(6, 5)).hasSeconds(1);
		assertThat(throttle.delay(8, 5)).hasSeconds(4);
		assertThat(throttle.delay(1000, 5)).hasMinutes(15);
	}

	private String newCoordinator() {
		String email = "throttle-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "Throttled", Role.COORDINATOR, PASSWORD, "test");
		return email;
	}

	private boolean blockedForAnotherSecond(String email) {
		return jdbc.sql("select count(*) from login_throttle where bucket = :bucket and blocked_until > :soon")
			.param("bucket", "account:" + email.toLowerCase(java.util.Locale.ROOT))
			.param("soon", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(1)))
			.query(Long.class)
			.single() > 0;
	}

}
