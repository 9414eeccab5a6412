package org.urgentaction.ua;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.urgentaction.system.Database;

/**
 * The part of a query that searches document text. PostgreSQL uses its full-text index
 * (see {@code db/migration/postgresql}); H2 scans with {@code LIKE}.
 */
@Component
class TextSearch {

	private static final String DOCUMENT_TEXT = "coalesce(d.title, '') || ' ' || coalesce(d.summary, '') || ' ' "
			+ "|| coalesce(d.country, '') || ' ' || coalesce(d.ua_number, '') || ' ' "
			+ "|| coalesce(d.additional_information, '')";

	private final boolean postgres;

	TextSearch(Database database) {
		this.postgres = database.postgres();
	}

	/**
	 * A condition on {@code d} that binds {@code :q}.
	 */
	String condition() {
		if (postgres) {
			return "to_tsvector('simple', " + DOCUMENT_TEXT + ") @@ websearch_to_tsquery('simple', :q)";
		}
		return "lower(" + DOCUMENT_TEXT + ") like :q";
	}

	/**
	 * The value to bind to {@code :q} for what the visitor typed.
	 */
	Object parameter(String query) {
		String q = query.strip();
		if (postgres) {
			return q;
		}
		String escaped = q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
