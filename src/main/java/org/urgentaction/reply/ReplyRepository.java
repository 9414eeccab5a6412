package org.urgentaction.reply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores replies and their files; a file's bytes are read only when it is downloaded.
 */
@Repository
class ReplyRepository {

	private static final String SELECT = """
			select r.*, a.file_name, a.content_type, a.size_bytes
			from reply r left join reply_attachment a on a.reply_id = r.id
			""";

	private final JdbcClient jdbc;

	ReplyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The row to insert; {@code clientKey} only for activists' submissions. */
	record Row(long caseId, long documentId, NewReply reply, ReplyStatus status, boolean fromActivist,
			String submittedBy, String clientKey, Instant at) {
	}

	long insert(Row row) {
		KeyHolder keys = new GeneratedKeyHolder();
		NewReply r = row.reply();
		jdbc.sql("""
				insert into reply (case_id, document_id, received_on, target_id, sender, channel, summary,
				    public_reply, status, source, submitted_by, client_key, created_at)
				values (:caseId, :documentId, :receivedOn, :targetId, :sender, :channel, :summary, :public,
				    :status, :source, :submittedBy, :clientKey, :at)
				""")
			.param("caseId", row.caseId())
			.param("documentId", row.documentId())
			.param("receivedOn", r.receivedOn())
			.param("targetId", r.targetId())
			.param("sender", r.from())
			.param("channel", r.channel() == null ? null : r.channel().name())
			.param("summary", r.summary())
			.param("public", Boolean.TRUE.equals(r.isPublic()))
			.param("status", row.status().name())
			.param("source", row.fromActivist() ? "ACTIVIST" : "STAFF")
			.param("submittedBy", row.submittedBy())
			.param("clientKey", row.clientKey())
			.param("at", Timestamp.from(row.at()))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void attach(long replyId, String fileName, String contentType, byte[] content) {
		jdbc.sql("""
				insert into reply_attachment (reply_id, file_name, content_type, size_bytes, content)
				values (:id, :name, :type, :size, :content)
				""")
			.param("id", replyId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", (long) content.length)
			.param("content", content)
			.update();
	}

	Optional<Reply> find(long id) {
		return jdbc.sql(SELECT + "where r.id = :id").param("id", id).query(ReplyRepository::map).optional();
	}

	List<Reply> ofCase(long caseId, boolean onlyPublic) {
		String publicOnly = onlyPublic ? " and r.public_reply = true and r.status = 'ACCEPTED'" : "";
		return jdbc.sql(SELECT + "where r.case_id = :caseId" + publicOnly + " order by r.received_on desc, r.id desc")
			.param("caseId", caseId)
			.query(ReplyRepository::map)
			.list();
	}

	List<Reply> withStatus(ReplyStatus status, int limit) {
		return jdbc.sql(SELECT + "where r.status = :status order by r.created_at, r.id limit :limit")
			.param("status", status.name())
			.param("limit", limit)
			.query(ReplyRepository::map)
			.list();
	}

	/**
	 * Decides on a pending reply; false when it was not pending any more.
	 */
	boolean decide(long id, ReplyStatus status, boolean isPublic, String actor, Instant at) {
		return jdbc.sql("""
				update reply set status = :status, public_reply = :public, decided_by = :actor, decided_at = :at
				where id = :id and status = 'PENDING'
				""")
			.param("status", status.name())
			.param("public", isPublic)
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	long submissionsSince(String clientKey, Instant since) {
		return jdbc.sql("select count(*) from reply where client_key = :key and created_at >= :since")
			.param("key", clientKey)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	Optional<byte[]> content(long replyId) {
		return jdbc.sql("select content from reply_attachment where reply_id = :id")
			.param("id", replyId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	private static Reply map(ResultSet rs, int row) throws SQLException {
		String channel = rs.getString("channel");
		String fileName = rs.getString("file_name");
		long target = rs.getLong("target_id");
		Long targetId = rs.wasNull() ? null : target;
		return new Reply(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("document_id"),
				rs.getObject("received_on", LocalDate.class), targetId, rs.getString("sender"),
				channel == null ? null : ReplyChannel.valueOf(channel), rs.getString("summary"),
				rs.getBoolean("public_reply"), ReplyStatus.valueOf(rs.getString("status")),
				"ACTIVIST".equals(rs.getString("source")),
				fileName == null ? null
						: new Reply.Attachment(fileName, rs.getString("content_type"), rs.getLong("size_bytes")),
				rs.getTimestamp("created_at").toInstant());
	}

}
