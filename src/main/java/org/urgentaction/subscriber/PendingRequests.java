package org.urgentaction.subscriber;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests for an existing address that wait for the address to confirm them (table
 * {@code subscriber_pending}): new preferences from a second subscription, or only
 * consent to updates on cases reported on. One per subscriber; a newer subscription
 * replaces an older one, a consent request never replaces preferences.
 */
@Repository
class PendingRequests {

	private final JdbcClient jdbc;

	PendingRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What waits: the preferences asked for, or null when only case updates are. */
	record Pending(SubscriptionRequest preferences) {
	}

	void savePreferences(long subscriberId, SubscriptionRequest request, Instant now) {
		jdbc.sql("delete from subscriber_pending where subscriber_id = :id").param("id", subscriberId).update();
		jdbc.sql("""
				insert into subscriber_pending (subscriber_id, preferences, name, country, languages, mail_language,
				    frequency, reminders, requested_at)
				values (:id, true, :name, :country, :languages, :language, :frequency, :reminders, :now)""")
			.param("id", subscriberId)
			.param("name", request.name())
			.param("country", request.country())
			.param("languages", String.join(",", request.languages()))
			.param("language", request.languages().isEmpty() ? "en" : request.languages().get(0))
			.param("frequency", request.frequency().name())
			.param("reminders", request.wantsReminders())
			.param("now", Timestamp.from(now))
			.update();
		insertInterests(subscriberId, "COUNTRY", request.countries());
		insertInterests(subscriberId, "REGION", request.regions());
		insertInterests(subscriberId, "THEME", request.themes());
	}

	void requestCaseUpdates(long subscriberId, Instant now) {
		jdbc.sql("""
				insert into subscriber_pending (subscriber_id, preferences, requested_at) values (:id, false, :now)
				on conflict do nothing""").param("id", subscriberId).param("now", Timestamp.from(now)).update();
	}

	/** Reads and removes what waits for the subscriber (locked, so it is taken once). */
	Optional<Pending> take(long subscriberId) {
		Optional<Pending> pending = jdbc.sql("select * from subscriber_pending where subscriber_id = :id for update")
			.param("id", subscriberId)
			.query((rs,
					n) -> new Pending(rs.getBoolean("preferences")
							? new SubscriptionRequest(null, rs.getString("name"), rs.getString("country"),
									List.of(rs.getString("languages").split(",")), interests(subscriberId, "COUNTRY"),
									interests(subscriberId, "REGION"), interests(subscriberId, "THEME"),
									Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("reminders"))
							: null))
			.optional();
		jdbc.sql("delete from subscriber_pending where subscriber_id = :id").param("id", subscriberId).update();
		return pending;
	}

	/** Requests older than their confirmation link: nobody can confirm them any more. */
	int forgetOlderThan(Instant cutoff) {
		return jdbc.sql("delete from subscriber_pending where requested_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	/** The pending preferences of a subscriber, for their data export. */
	List<Map<String, Object>> export(long subscriberId) {
		return jdbc
			.sql("select preferences, name, country, languages, frequency, reminders, requested_at "
					+ "from subscriber_pending where subscriber_id = :id")
			.param("id", subscriberId)
			.query()
			.listOfRows();
	}

	private List<String> interests(long subscriberId, String kind) {
		return new ArrayList<>(jdbc
			.sql("select interest from subscriber_pending_interest where subscriber_id = :id and kind = :kind "
					+ "order by interest")
			.param("id", subscriberId)
			.param("kind", kind)
			.query(String.class)
			.list());
	}

	private void insertInterests(long subscriberId, String kind, List<String> values) {
		for (String value : values) {
			jdbc.sql("insert into subscriber_pending_interest (subscriber_id, kind, interest) "
					+ "values (:id, :kind, :value)")
				.param("id", subscriberId)
				.param("kind", kind)
				.param("value", value)
				.update();
		}
	}

}
