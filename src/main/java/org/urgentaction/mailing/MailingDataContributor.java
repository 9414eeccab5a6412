package org.urgentaction.mailing;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urgentaction.subscriber.SubscriberDataContributor;

/**
 * The mails sent to a subscriber and the reports recorded for them, in their data export;
 * erased (the reports) or cancelled (mails not sent yet) when they delete themselves.
 * Outbox rows keep no address, only the subscriber's id, which no longer leads to one.
 */
@Component
class MailingDataContributor implements SubscriberDataContributor {

	private final JdbcClient jdbc;

	MailingDataContributor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "mails";
	}

	@Override
	public Map<String, Object> export(long subscriberId) {
		List<Map<String, Object>> mails = jdbc.sql("""
				select o.kind, o.status, o.created_at, o.sent_at, m.document_id from outbox_message o
				left join mailing m on m.id = o.mailing_id where o.subscriber_id = :id order by o.id""")
			.param("id", subscriberId)
			.query()
			.listOfRows();
		List<Map<String, Object>> reports = jdbc
			.sql("select document_id, case_id, consent, consent_requested, reported_at from mailing_report "
					+ "where subscriber_id = :id")
			.param("id", subscriberId)
			.query()
			.listOfRows();
		return Map.of("messages", mails, "reportsOnCases", reports);
	}

	@Override
	public void erase(long subscriberId) {
		jdbc.sql("delete from mailing_report where subscriber_id = :id").param("id", subscriberId).update();
		jdbc.sql(
				"""
						update outbox_message set status = 'CANCELLED', next_attempt_at = null, last_error = 'subscriber deleted'
						where subscriber_id = :id and status in ('QUEUED', 'SENDING')""")
			.param("id", subscriberId)
			.update();
	}

}
