package org.urgentaction.action;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urgentaction.subscriber.Subscriber;
import org.urgentaction.subscriber.SubscriberDataContributor;
import org.urgentaction.subscriber.SubscriberDirectory;

/**
 * The reports made with a subscriber's address, in their data export; on "delete my data"
 * the address, consent and note leave those reports, and their reporter key (a hash of
 * the address) is replaced by a random one, so that totals stay right and nothing leads
 * back to the person.
 */
@Component
class ReportDataContributor implements SubscriberDataContributor {

	private final JdbcClient jdbc;

	private final SubscriberDirectory subscribers;

	ReportDataContributor(JdbcClient jdbc, SubscriberDirectory subscribers) {
		this.jdbc = jdbc;
		this.subscribers = subscribers;
	}

	@Override
	public String name() {
		return "reports";
	}

	@Override
	public Map<String, Object> export(long subscriberId) {
		String key = key(subscriberId);
		List<Map<String, Object>> rows = (key == null) ? List.of() : jdbc.sql("""
				select r.id, r.document_id, d.ua_number, r.reported_at, r.channel, r.action_count, r.country, r.email,
				    r.consent, r.note, r.counted, r.held
				from action_report r join ua_document d on d.id = r.document_id
				where r.reporter_key = :key order by r.id""").param("key", key).query().listOfRows();
		return Map.of("reports", rows);
	}

	@Override
	public void erase(long subscriberId) {
		String key = key(subscriberId);
		if (key == null) {
			return;
		}
		String anonymous = "erased-" + UUID.randomUUID();
		jdbc.sql("""
				update action_report set email = null, consent = false, note = null, reporter_key = :anonymous
				where reporter_key = :key""").param("anonymous", anonymous).param("key", key).update();
		jdbc.sql("update action_reporter set reporter_key = :anonymous where reporter_key = :key")
			.param("anonymous", anonymous)
			.param("key", key)
			.update();
		jdbc.sql("delete from action_allowance where bucket = :bucket").param("bucket", "r:" + key).update();
	}

	private String key(long subscriberId) {
		return subscribers.find(subscriberId)
			.map(Subscriber::email)
			.map((email) -> ReportRules.reporterKey(email, null))
			.orElse(null);
	}

}
