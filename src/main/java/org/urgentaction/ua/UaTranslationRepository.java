package org.urgentaction.ua;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the translations of documents and each document's original language.
 */
@Repository
class UaTranslationRepository {

	private final JdbcClient jdbc;

	UaTranslationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String originalLanguage(long documentId) {
		return jdbc.sql("select language from ua_document where id = :id")
			.param("id", documentId)
			.query(String.class)
			.optional()
			.orElse("en");
	}

	void setOriginalLanguage(long documentId, String language) {
		jdbc.sql("update ua_document set language = :language where id = :id")
			.param("language", language)
			.param("id", documentId)
			.update();
	}

	/** The first document with this AI Index written in another language. */
	Optional<Long> withAiIndexInOtherLanguage(String aiIndex, String language) {
		return jdbc.sql("""
				select id from ua_document where ai_index = :aiIndex and language <> :language
				order by id fetch first 1 rows only""")
			.param("aiIndex", aiIndex)
			.param("language", language)
			.query(Long.class)
			.optional();
	}

	Optional<UaTranslation> find(long documentId, String language) {
		return list("document_id = :id and language = :language", documentId, language).stream().findFirst();
	}

	List<UaTranslation> forDocument(long documentId) {
		return list("document_id = :id", documentId, null);
	}

	List<String> publishedLanguages(long documentId) {
		return jdbc
			.sql("select language from ua_translation where document_id = :id and status = 'PUBLISHED' "
					+ "order by language")
			.param("id", documentId)
			.query(String.class)
			.list();
	}

	/** Inserts or replaces the text of a translation; its status stays. True when new. */
	boolean save(UaTranslation t, Instant now) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("id", t.documentId());
		fields.put("language", t.language());
		fields.put("title", t.title());
		fields.put("summary", t.summary());
		fields.put("letter", t.letter());
		fields.put("additionalInformation", t.additionalInformation());
		fields.put("pronouns", t.pronouns().isEmpty() ? null
				: String.join("\n", t.pronouns().stream().map((p) -> p == null ? "" : p.strip()).toList()));
		fields.put("now", Timestamp.from(now));
		boolean created = jdbc.sql("""
				update ua_translation set title = :title, summary = :summary, letter = :letter,
				    additional_information = :additionalInformation, person_pronouns = :pronouns, updated_at = :now
				where document_id = :id and language = :language""").params(fields).update() == 0;
		if (created) {
			jdbc.sql("""
					insert into ua_translation (document_id, language, status, title, summary, letter,
					    additional_information, person_pronouns, created_at, updated_at)
					values (:id, :language, 'DRAFT', :title, :summary, :letter, :additionalInformation, :pronouns,
					    :now, :now)""").params(fields).update();
		}
		jdbc.sql("delete from ua_translation_salutation where document_id = :id and language = :language")
			.param("id", t.documentId())
			.param("language", t.language())
			.update();
		t.salutations()
			.forEach((targetId, salutation) -> jdbc.sql("""
					insert into ua_translation_salutation (document_id, language, target_id, salutation)
					values (:id, :language, :target, :salutation)""")
				.param("id", t.documentId())
				.param("language", t.language())
				.param("target", targetId)
				.param("salutation", salutation)
				.update());
		return created;
	}

	/** False when the translation was already in {@code to} (or does not exist). */
	boolean changeStatus(long documentId, String language, TranslationStatus to, Instant now) {
		return jdbc.sql("""
				update ua_translation set status = :to, published_at = :publishedAt, updated_at = :now
				where document_id = :id and language = :language and status <> :to""")
			.param("to", to.name())
			.param("publishedAt", to == TranslationStatus.PUBLISHED ? Timestamp.from(now) : null)
			.param("now", Timestamp.from(now))
			.param("id", documentId)
			.param("language", language)
			.update() == 1;
	}

	private List<UaTranslation> list(String condition, long documentId, String language) {
		Map<String, Map<Long, String>> salutations = new HashMap<>();
		jdbc.sql("select language, target_id, salutation from ua_translation_salutation where document_id = :id")
			.param("id", documentId)
			.query((rs) -> {
				salutations.computeIfAbsent(rs.getString(1), (key) -> new HashMap<>())
					.put(rs.getLong(2), rs.getString(3));
			});
		return jdbc.sql("select * from ua_translation where " + condition + " order by language")
			.param("id", documentId)
			.params(language == null ? Map.of() : Map.of("language", language))
			.query((rs, row) -> map(rs, salutations.getOrDefault(rs.getString("language"), Map.of())))
			.list();
	}

	private static List<String> pronouns(String column) {
		return (column == null) ? List.of() : List.of(column.split("\n", -1));
	}

	private static UaTranslation map(ResultSet rs, Map<Long, String> salutations) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new UaTranslation(rs.getLong("document_id"), rs.getString("language"),
				TranslationStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("summary"),
				rs.getString("letter"), rs.getString("additional_information"),
				pronouns(rs.getString("person_pronouns")), salutations,
				published == null ? null : published.toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
