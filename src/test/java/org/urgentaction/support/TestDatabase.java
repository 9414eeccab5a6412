package org.urgentaction.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database a test application context runs on, chosen by the system property
 * {@code ua.test.db}: {@code h2} (the default) gives each context a fresh in-memory H2 in
 * PostgreSQL mode; {@code postgres} gives it a fresh database on the server named by
 * {@code UA_TEST_POSTGRES_URL} (with {@code UA_TEST_POSTGRES_USER} and
 * {@code UA_TEST_POSTGRES_PASSWORD}) or, without it, on an embedded PostgreSQL started
 * once per test run.
 */
public final class TestDatabase {

	private static EmbeddedPostgres embedded;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("ua.test.db", "h2"));
	}

	/**
	 * Connection settings for a new, empty database.
	 */
	public static synchronized Map<String, String> newDatabase() {
		String name = "ua_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		if (!isPostgres()) {
			return Map.of("spring.datasource.url",
					"jdbc:h2:mem:" + name
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		Server server = server();
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
			dropAtExit(server, name);
			// a test database need not survive a crash: commits do not wait for the disk
			statement.execute("alter database " + name + " set synchronous_commit = off");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on " + server.url(), ex);
		}
		String url = server.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
		// the run keeps many application contexts, each with its pool: idle connections
		// are given back soon, so that together they stay within the server's
		// max_connections (100 by default)
		return Map.of("spring.datasource.url", url, "spring.datasource.username", server.user(),
				"spring.datasource.password", server.password(), "spring.datasource.hikari.minimum-idle", "1",
				"spring.datasource.hikari.idle-timeout", "10000");
	}

	private static final List<String> created = new ArrayList<>();

	/**
	 * Drops the databases of this run when the test JVM exits, so that runs against a
	 * shared server do not leave them behind ({@code with (force)} ends connections of
	 * contexts not closed yet).
	 */
	private static void dropAtExit(Server server, String name) {
		if (created.isEmpty()) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(server), "drop-test-databases"));
		}
		created.add(name);
	}

	private static synchronized void dropAll(Server server) {
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			for (String name : created) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}
		catch (SQLException ex) {
			// the server may be gone (an embedded one stops with the JVM)
		}
	}

	private static Server server() {
		String url = System.getenv("UA_TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			return new Server(url, env("UA_TEST_POSTGRES_USER", "postgres"), env("UA_TEST_POSTGRES_PASSWORD", ""));
		}
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder()
					.setServerConfig("fsync", "off")
					.setServerConfig("max_connections", "300")
					.start();
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException("Cannot start an embedded PostgreSQL", ex);
			}
		}
		return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null) ? fallback : value;
	}

	public static String describe() {
		return isPostgres() ? "PostgreSQL" : "H2";
	}

	record Server(String url, String user, String password) {

		Server {
			url = url.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? url : "jdbc:" + url;
		}

	}

}
