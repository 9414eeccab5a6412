package org.urgentaction.ua;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds documents: the public list of open cases and the staff's and API's searches.
 */
@Service
public class UaCatalogue {

	private static final String LATEST_OF_CASE = "d.sequence = (select max(p.sequence) from ua_document p "
			+ "where p.case_id = d.case_id and p.status = 'PUBLISHED')";

	private final UaDocumentRepository documents;

	private final JdbcClient jdbc;

	private final TextSearch textSearch;

	UaCatalogue(UaDocumentRepository documents, JdbcClient jdbc, TextSearch textSearch) {
		this.documents = documents;
		this.jdbc = jdbc;
		this.textSearch = textSearch;
	}

	/**
	 * The newest published document of every open case that asks for action (not
	 * stopped), newest first.
	 */
	@Transactional(readOnly = true)
	public Page openCases(UaFilter filter, int page, int size) {
		return search("d.status = 'PUBLISHED' and c.status = 'OPEN' and c.stopped_at is null and " + LATEST_OF_CASE,
				filter, page, size, "d.published_at desc, d.id desc");
	}

	/**
	 * Documents for staff and the API. {@code status} null means all that the caller may
	 * see: {@code includeDrafts} decides whether drafts are among them.
	 */
	@Transactional(readOnly = true)
	public Page documents(DocumentStatus status, boolean includeDrafts, UaFilter filter, int page, int size) {
		String condition;
		if (status == null) {
			condition = includeDrafts ? "1 = 1" : "d.status = 'PUBLISHED'";
		}
		else {
			condition = switch (status) {
				case DRAFT -> includeDrafts ? "d.status = 'DRAFT'" : "1 = 0";
				case PUBLISHED -> "d.status = 'PUBLISHED' and c.status = 'OPEN'";
				case CLOSED -> "d.status = 'PUBLISHED' and c.status = 'CLOSED'";
			};
		}
		return search(condition, filter, page, size, "d.updated_at desc, d.id desc");
	}

	/**
	 * Published documents, newest first, for the feed.
	 */
	@Transactional(readOnly = true)
	public List<UaDocument> recentlyPublished(int limit) {
		return documents.query(
				"select " + UaDocumentRepository.COLUMNS + UaDocumentRepository.FROM
						+ "where d.status = 'PUBLISHED' order by d.published_at desc, d.id desc limit :limit",
				Map.of("limit", limit));
	}

	@Transactional(readOnly = true)
	public List<String> countriesOfOpenCases() {
		return jdbc
			.sql("select distinct d.country" + UaDocumentRepository.FROM
					+ "where d.status = 'PUBLISHED' and c.status = 'OPEN' order by d.country")
			.query(String.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<String> themesOfOpenCases() {
		return jdbc.sql("select distinct t.theme from ua_theme t join ua_document d on d.id = t.document_id "
				+ "join ua_case c on c.id = d.case_id where d.status = 'PUBLISHED' and c.status = 'OPEN' order by t.theme")
			.query(String.class)
			.list();
	}

	private Page search(String condition, UaFilter filter, int page, int size, String order) {
		StringBuilder where = new StringBuilder(" where ").append(condition);
		Map<String, Object> params = new HashMap<>();
		if (filter.country() != null) {
			where.append(" and lower(d.country) = lower(:country)");
			params.put("country", filter.country());
		}
		if (filter.theme() != null) {
			where.append(" and exists (select 1 from ua_theme t where t.document_id = d.id and t.theme = :theme)");
			params.put("theme", filter.theme().toLowerCase());
		}
		if (filter.query() != null) {
			where.append(" and ").append(textSearch.condition());
			params.put("q", textSearch.parameter(filter.query()));
		}
		long total = jdbc.sql("select count(*)" + UaDocumentRepository.FROM + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<UaDocument> items = documents.query("select " + UaDocumentRepository.COLUMNS + UaDocumentRepository.FROM
				+ where + " order by " + order + " limit :limit offset :offset", params);
		return new Page(items, page, size, total);
	}

	/**
	 * One page of documents.
	 */
	public record Page(List<UaDocument> items, int number, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		public boolean hasNext() {
			return number + 1 < pages();
		}

		public boolean hasPrevious() {
			return number > 0;
		}

	}

}
