package org.urgentaction.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Readiness follows the database: on PostgreSQL the test closes the application's
 * database to connections and ends the open ones, as when the server is stopped; the node
 * then answers readiness with 503 (and stays alive), and is ready again once the database
 * is back.
 */
@AppTest
@TestPropertySource(properties = { "spring.datasource.hikari.connection-timeout=1000",
		"spring.datasource.hikari.validation-timeout=500", "ua.mailing.sending=false" })
class ReadinessWithoutDatabaseTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void readinessIsDownWhileTheDatabaseIsUnreachable() throws SQLException {
		assumeTrue(TestDatabase.isPostgres(), "needs a PostgreSQL server whose database can be closed");
		Http http = new Http(port);
		assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		admin("alter database " + database() + " allow_connections false");
		admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database() + "'");
		var down = waitFor(http, "/actuator/health/readiness", (status) -> status == 503);
		assertThat(down).isEqualTo(503);
		assertThat(http.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"DOWN\"}");
		assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		admin("alter database " + database() + " allow_connections true");
		assertThat(waitFor(http, "/actuator/health/readiness", (status) -> status == 200)).isEqualTo(200);
	}

	@AfterEach
	void reopen() throws SQLException {
		if (TestDatabase.isPostgres()) {
			admin("alter database " + database() + " allow_connections true");
		}
	}

	private static int waitFor(Http http, String path, Predicate<Integer> wanted) {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		int status = http.get(path).statusCode();
		while (!wanted.test(status) && Instant.now().isBefore(until)) {
			sleep();
			status = http.get(path).statusCode();
		}
		return status;
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String database() {
		String url = environment.getProperty("spring.datasource.url");
		return url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
	}

	private void admin(String sql) throws SQLException {
		String url = environment.getProperty("spring.datasource.url").replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
		try (Connection connection = DriverManager.getConnection(url,
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password", ""));
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
