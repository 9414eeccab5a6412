package org.urgentaction.ua;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persons, targets and themes of documents, loaded for many documents in one query each.
 */
@Repository
class UaChildrenRepository {

	private final JdbcClient jdbc;

	UaChildrenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UaDocument> attach(List<UaDocument> documents) {
		if (documents.isEmpty()) {
			return documents;
		}
		List<Long> ids = documents.stream().map(UaDocument::id).toList();
		Map<Long, List<Person>> persons = group(ids,
				"select document_id, name, pronouns from ua_person "
						+ "where document_id in (:ids) order by document_id, position",
				(rs) -> new Person(rs.getString("name"), rs.getString("pronouns")));
		Map<Long, List<Target>> targets = group(ids,
				"select * from ua_target where document_id in (:ids) order by document_id, position",
				UaChildrenRepository::target);
		Map<Long, List<String>> themes = group(ids,
				"select document_id, theme from ua_theme where document_id in (:ids) order by document_id, theme",
				(rs) -> rs.getString("theme"));
		return documents.stream()
			.map((d) -> new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), d.sequence(), d.uaNumber(),
					d.aiIndex(), d.country(), d.issueDate(), d.deadline(), d.title(), d.summary(),
					persons.getOrDefault(d.id(), List.of()), targets.getOrDefault(d.id(), List.of()), d.letter(),
					d.additionalInformation(), d.preferredLanguages(), d.previousUaLink(),
					themes.getOrDefault(d.id(), List.of()), d.outcome(), d.publishedAt(), d.updatedAt(), d.version()))
			.toList();
	}

	/**
	 * Replaces the persons and themes of a document; updates the targets that keep their
	 * id, inserts new ones and deletes those no longer listed.
	 */
	void replace(long documentId, UaDocument document) {
		jdbc.sql("delete from ua_person where document_id = :id").param("id", documentId).update();
		int position = 0;
		for (Person person : document.persons()) {
			jdbc.sql(
					"insert into ua_person (document_id, position, name, pronouns) values (:id, :position, :name, :pronouns)")
				.param("id", documentId)
				.param("position", position++)
				.param("name", person.name())
				.param("pronouns", person.pronouns())
				.update();
		}
		jdbc.sql("delete from ua_theme where document_id = :id").param("id", documentId).update();
		for (String theme : new HashSet<>(document.themes())) {
			jdbc.sql("insert into ua_theme (document_id, theme) values (:id, :theme)")
				.param("id", documentId)
				.param("theme", theme)
				.update();
		}
		replaceTargets(documentId, document.targets());
	}

	private void replaceTargets(long documentId, List<Target> targets) {
		Set<Long> existing = new HashSet<>(jdbc.sql("select id from ua_target where document_id = :id")
			.param("id", documentId)
			.query(Long.class)
			.list());
		Set<Long> kept = new HashSet<>();
		int position = 0;
		for (Target target : targets) {
			Map<String, Object> fields = targetFields(target);
			fields.put("documentId", documentId);
			fields.put("position", position++);
			if (target.id() != null && existing.contains(target.id())) {
				kept.add(target.id());
				fields.put("id", target.id());
				jdbc.sql("""
						update ua_target set position = :position, title = :title, name = :name,
						    organisation = :organisation, address_lines = :addressLines, country = :country,
						    emails = :emails, faxes = :faxes, phones = :phones, twitter = :twitter,
						    facebook = :facebook, salutation = :salutation, copy_only = :copy
						where id = :id and document_id = :documentId
						""").params(fields).update();
			}
			else {
				jdbc.sql("""
						insert into ua_target (document_id, position, title, name, organisation, address_lines,
						    country, emails, faxes, phones, twitter, facebook, salutation, copy_only)
						values (:documentId, :position, :title, :name, :organisation, :addressLines, :country,
						    :emails, :faxes, :phones, :twitter, :facebook, :salutation, :copy)
						""").params(fields).update();
			}
		}
		existing.removeAll(kept);
		for (Long removed : existing) {
			jdbc.sql("delete from ua_target where id = :id").param("id", removed).update();
		}
	}

	private static Map<String, Object> targetFields(Target target) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", target.title());
		fields.put("name", target.name());
		fields.put("organisation", target.organisation());
		fields.put("addressLines", Lines.join(target.addressLines()));
		fields.put("country", target.country());
		fields.put("emails", Lines.join(target.emails()));
		fields.put("faxes", Lines.join(target.faxes()));
		fields.put("phones", Lines.join(target.phones()));
		fields.put("twitter", Lines.join(target.twitter()));
		fields.put("facebook", Lines.join(target.facebook()));
		fields.put("salutation", target.salutation());
		fields.put("copy", target.copy());
		return fields;
	}

	private static Target target(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Target(rs.getLong("id"), rs.getString("title"), rs.getString("name"), rs.getString("organisation"),
				Lines.split(rs.getString("address_lines")), rs.getString("country"),
				Lines.split(rs.getString("emails")), Lines.split(rs.getString("faxes")),
				Lines.split(rs.getString("phones")), Lines.split(rs.getString("twitter")),
				Lines.split(rs.getString("facebook")), rs.getString("salutation"), rs.getBoolean("copy_only"));
	}

	private <T> Map<Long, List<T>> group(List<Long> ids, String sql, RowReader<T> reader) {
		Map<Long, List<T>> grouped = new LinkedHashMap<>();
		jdbc.sql(sql).param("ids", ids).query((rs) -> {
			grouped.computeIfAbsent(rs.getLong("document_id"), (key) -> new ArrayList<>()).add(reader.read(rs));
		});
		return grouped;
	}

	@FunctionalInterface
	interface RowReader<T> {

		T read(java.sql.ResultSet rs) throws java.sql.SQLException;

	}

}
