package org.urgentaction.ua;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores documents with their persons, targets and themes. Targets keep their ids across
 * edits so that letters and reports can refer to them.
 */
@Repository
class UaDocumentRepository {

	static final String COLUMNS = "d.id, d.case_id, d.status, d.kind, d.sequence, d.ua_number, d.ai_index, d.country, "
			+ "d.issue_date, d.deadline, d.title, d.summary, d.letter, d.additional_information, "
			+ "d.preferred_languages, d.previous_ua_link, d.outcome, d.outcome_note, d.published_at, d.updated_at, "
			+ "d.version, c.status as case_status";

	static final String FROM = " from ua_document d join ua_case c on c.id = d.case_id ";

	private final JdbcClient jdbc;

	private final UaChildrenRepository children;

	UaDocumentRepository(JdbcClient jdbc, UaChildrenRepository children) {
		this.jdbc = jdbc;
		this.children = children;
	}

	Optional<UaDocument> findById(long id) {
		List<UaDocument> found = query("select " + COLUMNS + FROM + "where d.id = :id", Map.of("id", id));
		return found.stream().findFirst();
	}

	List<UaDocument> findByCase(long caseId) {
		return query("select " + COLUMNS + FROM + "where d.case_id = :caseId order by d.sequence desc, d.id desc",
				Map.of("caseId", caseId));
	}

	List<UaDocument> query(String sql, Map<String, ?> params) {
		List<UaDocument> documents = jdbc.sql(sql).params(params).query(this::mapRow).list();
		return children.attach(documents);
	}

	long insert(long caseId, UaDocument document, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into ua_document (case_id, status, kind, sequence, ua_number, ai_index, country, issue_date,
				    deadline, title, summary, letter, additional_information, preferred_languages, previous_ua_link,
				    outcome, outcome_note, created_at, updated_at, version)
				values (:caseId, 'DRAFT', :kind, :sequence, :uaNumber, :aiIndex, :country, :issueDate, :deadline,
				    :title, :summary, :letter, :additionalInformation, :preferredLanguages, :previousUaLink,
				    :outcome, :outcomeNote, :now, :now, 0)
				""")
			.params(fields(document))
			.param("caseId", caseId)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		children.replace(id, document);
		return id;
	}

	void update(long id, UaDocument document, Instant now) {
		int updated = jdbc.sql("""
				update ua_document set kind = :kind, sequence = :sequence, ai_index = :aiIndex, country = :country,
				    issue_date = :issueDate, deadline = :deadline, title = :title, summary = :summary,
				    letter = :letter, additional_information = :additionalInformation,
				    preferred_languages = :preferredLanguages, previous_ua_link = :previousUaLink,
				    outcome = :outcome, outcome_note = :outcomeNote, updated_at = :now, version = version + 1
				where id = :id and version = :version
				""")
			.params(fields(document))
			.param("id", id)
			.param("version", document.version())
			.param("now", Timestamp.from(now))
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Document " + id + " was changed by someone else");
		}
		children.replace(id, document);
	}

	/**
	 * Moves a document from one status to another; false when it was not in {@code from}
	 * (someone else was faster), so that a change happens, and is announced, once.
	 */
	boolean changeStatus(long id, DocumentStatus from, DocumentStatus to, Instant publishedAt, Instant now) {
		return jdbc.sql("""
				update ua_document set status = :status, published_at = :publishedAt, updated_at = :now,
				    version = version + 1 where id = :id and status = :from
				""")
			.param("status", to.name())
			.param("from", from.name())
			.param("publishedAt", publishedAt == null ? null : Timestamp.from(publishedAt))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	int nextSequence(long caseId) {
		Integer max = jdbc.sql("select max(sequence) from ua_document where case_id = :caseId")
			.param("caseId", caseId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return max == null ? 1 : max + 1;
	}

	private Map<String, Object> fields(UaDocument document) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("kind", document.kind().name());
		fields.put("sequence", document.sequence());
		fields.put("uaNumber", document.uaNumber());
		fields.put("aiIndex", blankToNull(document.aiIndex()));
		fields.put("country", document.country());
		fields.put("issueDate", document.issueDate());
		fields.put("deadline", document.deadline());
		fields.put("title", document.title());
		fields.put("summary", blankToNull(document.summary()));
		fields.put("letter", blankToNull(document.letter()));
		fields.put("additionalInformation", blankToNull(document.additionalInformation()));
		fields.put("preferredLanguages", Lines.join(document.preferredLanguages()));
		fields.put("previousUaLink", blankToNull(document.previousUaLink()));
		fields.put("outcome", document.outcome() == null ? null : document.outcome().type().name());
		fields.put("outcomeNote", document.outcome() == null ? null : blankToNull(document.outcome().note()));
		return fields;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private UaDocument mapRow(ResultSet rs, int row) throws SQLException {
		DocumentStatus status = DocumentStatus.valueOf(rs.getString("status"));
		if (status == DocumentStatus.PUBLISHED && "CLOSED".equals(rs.getString("case_status"))) {
			status = DocumentStatus.CLOSED;
		}
		String outcome = rs.getString("outcome");
		Timestamp published = rs.getTimestamp("published_at");
		return new UaDocument(rs.getLong("id"), rs.getLong("case_id"), status,
				DocumentKind.valueOf(rs.getString("kind")), rs.getInt("sequence"), rs.getString("ua_number"),
				rs.getString("ai_index"), rs.getString("country"),
				rs.getObject("issue_date", java.time.LocalDate.class),
				rs.getObject("deadline", java.time.LocalDate.class), rs.getString("title"), rs.getString("summary"),
				new ArrayList<>(), new ArrayList<>(), rs.getString("letter"), rs.getString("additional_information"),
				Lines.split(rs.getString("preferred_languages")), rs.getString("previous_ua_link"), new ArrayList<>(),
				outcome == null ? null : new Outcome(OutcomeType.valueOf(outcome), rs.getString("outcome_note")),
				published == null ? null : published.toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

}
