package org.urgentaction.action;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Whether the reports live in PostgreSQL, where a batch is stored with a few set-based
 * statements (arrays, {@code ON CONFLICT DO UPDATE}); other databases (H2) get portable
 * SQL with a JDBC batch per step.
 */
@Component
class SqlDialect {

	private final boolean postgres;

	SqlDialect(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres");
		}
	}

	boolean postgres() {
		return this.postgres;
	}

}
