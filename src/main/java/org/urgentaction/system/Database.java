package org.urgentaction.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, for the few statements that differ: PostgreSQL
 * in production, where features use its full-text search, arrays and settings, or the
 * embedded H2, which gets portable SQL.
 */
@Component
public class Database {

	private final boolean postgres;

	Database(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres");
		}
	}

	public boolean postgres() {
		return this.postgres;
	}

}
