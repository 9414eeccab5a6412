package org.urgentaction.importer;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files already imported, by the SHA-256 of their content (unique in the database).
 */
@Repository
class ImportedFiles {

	private final JdbcClient jdbc;

	ImportedFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> documentFor(String contentHash) {
		return jdbc.sql("select document_id from imported_file where content_hash = ?")
			.param(contentHash)
			.query(Long.class)
			.optional();
	}

	void insert(String contentHash, String fileName, long documentId, int warnings, String actor, Instant now) {
		jdbc.sql("""
				insert into imported_file (content_hash, file_name, document_id, warnings, imported_by, imported_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(contentHash, abbreviated(fileName), documentId, warnings, actor, java.sql.Timestamp.from(now))
			.update();
	}

	void insert(String contentHash, String fileName, long documentId, int warnings, String actor, Instant now,
			String language, String aiIndex) {
		jdbc.sql("""
				insert into imported_file (content_hash, file_name, document_id, warnings, imported_by, imported_at,
				    language, ai_index)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(contentHash, abbreviated(fileName), documentId, warnings, actor, java.sql.Timestamp.from(now),
					language, aiIndex)
			.update();
	}

	private static String abbreviated(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "(unnamed)" : fileName;
		return name.length() > 500 ? name.substring(name.length() - 500) : name;
	}

}
