package org.urgentaction.section;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocumentJson.TargetJson;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Copy targets are kept as a JSON array of targets, as the API writes them. */
@Repository
class SectionVersionRepository {

	private static final TypeReference<List<TargetJson>> TARGETS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SectionVersionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<SectionVersion> find(long documentId, String sectionCode) {
		return jdbc.sql("select * from section_version where document_id = :document and section_code = :section")
			.param("document", documentId)
			.param("section", sectionCode)
			.query((rs, row) -> new SectionVersion(documentId, sectionCode,
					targets(json.readValue(rs.getString("copy_targets"), TARGETS)), rs.getString("note"),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
			.optional();
	}

	/** Writes the version; two nodes writing at once leave one of the two whole. */
	void save(SectionVersion version, Instant now) {
		String targets = json
			.writeValueAsString(version.copyTargets().stream().map(SectionVersionRepository::json).toList());
		int updated = jdbc.sql("""
				update section_version set copy_targets = :targets, note = :note, updated_at = :now, updated_by = :by
				where document_id = :document and section_code = :section
				""").params(params(version, targets, now)).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into section_version (document_id, section_code, copy_targets, note, updated_at, updated_by)
					values (:document, :section, :targets, :note, :now, :by)
					""").params(params(version, targets, now)).update();
		}
	}

	private static java.util.Map<String, Object> params(SectionVersion version, String targets, Instant now) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("document", version.documentId());
		params.put("section", version.sectionCode());
		params.put("targets", targets);
		params.put("note", version.note());
		params.put("now", Timestamp.from(now));
		params.put("by", version.updatedBy());
		return params;
	}

	static TargetJson json(Target t) {
		return new TargetJson(t.id(), t.title(), t.name(), t.organisation(), t.addressLines(), t.country(), t.emails(),
				t.faxes(), t.phones(), t.twitter(), t.facebook(), t.salutation(), true);
	}

	static List<Target> targets(List<TargetJson> targets) {
		return targets.stream()
			.map((t) -> new Target(t.id(), t.title(), t.name(), t.organisation(), t.addressLines(), t.country(),
					t.emails(), t.faxes(), t.phones(), t.twitter(), t.facebook(), t.salutation(), true))
			.toList();
	}

}
