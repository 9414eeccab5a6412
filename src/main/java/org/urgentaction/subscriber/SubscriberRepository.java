package org.urgentaction.subscriber;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Subscribers and their interests in tables {@code subscriber} and
 * {@code subscriber_interest}.
 */
@Repository
class SubscriberRepository {

	private final JdbcClient jdbc;

	SubscriberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Subscriber> findById(long id) {
		return find("id = :key", id).stream().findFirst();
	}

	Optional<Subscriber> findByEmail(String email) {
		return find("email = :key", email).stream().findFirst();
	}

	List<Subscriber> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : find("id in (:key)", ids);
	}

	List<Subscriber> findInCountries(Collection<String> countries, int limit) {
		if (countries.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("""
				select id from subscriber where country in (:countries) and status <> 'UNSUBSCRIBED'
				order by id limit :limit
				""").param("countries", countries).param("limit", limit).query(Long.class).list();
		return findAll(ids);
	}

	long insert(SubscriptionRequest request, SubscriberStatus status, boolean caseOnly, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into subscriber (email, name, country, languages, mail_language, frequency, everything,
				    reminders, status, case_only, created_at, updated_at)
				values (:email, :name, :country, :languages, :language, :frequency, :everything, :reminders,
				    :status, :caseOnly, :now, :now)""")
			.param("email", request.email())
			.params(preferences(request))
			.param("status", status.name())
			.param("caseOnly", caseOnly)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeInterests(id, request);
		return id;
	}

	/**
	 * A reporter who asked for updates on a case, pending until the address confirms;
	 * does nothing when the address exists (also when another transaction inserts it at
	 * the same moment). True when this call inserted it.
	 */
	boolean insertCaseContact(String email, Instant now) {
		return jdbc.sql("""
				insert into subscriber (email, languages, mail_language, frequency, everything, reminders, status,
				    case_only, created_at, updated_at)
				values (:email, '', 'en', 'IMMEDIATE', false, true, 'PENDING', true, :now, :now)
				on conflict do nothing""").param("email", email).param("now", Timestamp.from(now)).update() == 1;
	}

	void setCaseOnly(long id, boolean caseOnly) {
		jdbc.sql("update subscriber set case_only = :caseOnly where id = :id")
			.param("caseOnly", caseOnly)
			.param("id", id)
			.update();
	}

	/**
	 * Addresses that never confirmed and whose last confirmation link has expired (the
	 * last one went out before {@code cutoff}, and no request waits).
	 */
	List<Long> neverConfirmedBefore(Instant cutoff, int limit) {
		return jdbc.sql("""
				select s.id from subscriber s where s.status = 'PENDING' and s.confirmed_at is null
				    and coalesce(s.link_mail_sent_at, s.created_at) < :cutoff
				    and not exists (select 1 from subscriber_pending p where p.subscriber_id = s.id)
				order by s.id limit :limit""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	void updatePreferences(long id, SubscriptionRequest request, Instant now) {
		jdbc.sql("""
				update subscriber set name = :name, country = :country, languages = :languages,
				    mail_language = :language, frequency = :frequency, everything = :everything,
				    reminders = :reminders, updated_at = :now where id = :id""")
			.params(preferences(request))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		jdbc.sql("delete from subscriber_interest where subscriber_id = :id").param("id", id).update();
		writeInterests(id, request);
	}

	/**
	 * Moves a subscriber from one of {@code from} to {@code to}; false when it was in
	 * none of them (a repeated confirmation, a deleted subscriber).
	 */
	boolean changeStatus(long id, List<SubscriberStatus> from, SubscriberStatus to, Instant now) {
		return jdbc.sql("""
				update subscriber set status = :to, updated_at = :now,
				    confirmed_at = case when :to = 'ACTIVE' and confirmed_at is null then :now else confirmed_at end
				where id = :id and status in (:from)""")
			.param("to", to.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	/**
	 * Records that a confirmation or link mail goes out now, unless one went out since
	 * {@code notBefore}: false means "too soon, send nothing".
	 */
	boolean claimLinkMail(long id, Instant now, Instant notBefore) {
		return jdbc.sql("""
				update subscriber set link_mail_sent_at = :now
				where id = :id and (link_mail_sent_at is null or link_mail_sent_at < :notBefore)""")
			.param("now", Timestamp.from(now))
			.param("notBefore", Timestamp.from(notBefore))
			.param("id", id)
			.update() == 1;
	}

	void anonymise(long id, Instant now) {
		jdbc.sql("delete from subscriber_interest where subscriber_id = :id").param("id", id).update();
		jdbc.sql("delete from subscriber_pending where subscriber_id = :id").param("id", id).update();
		jdbc.sql("""
				update subscriber set email = null, name = null, country = null, languages = '', everything = false,
				    status = 'DELETED', updated_at = :now where id = :id""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	private List<Subscriber> find(String condition, Object key) {
		Map<Long, List<String[]>> interests = new HashMap<>();
		jdbc.sql("select subscriber_id, kind, interest from subscriber_interest where subscriber_id in "
				+ "(select id from subscriber where " + condition + ") order by interest")
			.param("key", key)
			.query((rs) -> {
				interests.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new String[] { rs.getString(2), rs.getString(3) });
			});
		return jdbc
			.sql("select s.*, (select count(*) from subscriber_pending p where p.subscriber_id = s.id) "
					+ "as awaiting from subscriber s where " + condition)
			.param("key", key)
			.query((rs, row) -> map(rs, interests.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static Subscriber map(ResultSet rs, List<String[]> interests) throws SQLException {
		String languages = rs.getString("languages");
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("country"),
				languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")), rs.getString("mail_language"),
				Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("everything"), rs.getBoolean("reminders"),
				SubscriberStatus.valueOf(rs.getString("status")), rs.getBoolean("case_only"), of(interests, "COUNTRY"),
				of(interests, "REGION"), of(interests, "THEME"), rs.getTimestamp("created_at").toInstant(),
				confirmed == null ? null : confirmed.toInstant(), rs.getLong("awaiting") > 0);
	}

	private static List<String> of(List<String[]> interests, String kind) {
		return interests.stream().filter((i) -> i[0].equals(kind)).map((i) -> i[1]).toList();
	}

	private static Map<String, Object> preferences(SubscriptionRequest request) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", request.name());
		params.put("country", request.country());
		params.put("languages", String.join(",", request.languages()));
		params.put("language", request.languages().isEmpty() ? "en" : request.languages().get(0));
		params.put("frequency", request.frequency().name());
		params.put("everything", request.everything());
		params.put("reminders", request.wantsReminders());
		return params;
	}

	private void writeInterests(long id, SubscriptionRequest request) {
		insertInterests(id, "COUNTRY", request.countries());
		insertInterests(id, "REGION", request.regions());
		insertInterests(id, "THEME", request.themes());
	}

	private void insertInterests(long id, String kind, List<String> values) {
		for (String value : values) {
			jdbc.sql("insert into subscriber_interest (subscriber_id, kind, interest) values (:id, :kind, :value)")
				.param("id", id)
				.param("kind", kind)
				.param("value", value)
				.update();
		}
	}

}
