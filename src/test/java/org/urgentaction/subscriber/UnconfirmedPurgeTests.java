package org.urgentaction.subscriber;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What nobody confirmed is not kept: an address whose last confirmation link has expired
 * is erased everywhere (also from its reports), one with a live link stays, and the mail
 * counts of a client are dropped once their hour is over.
 */
@AppTest
class UnconfirmedPurgeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UaService uas;

	@Autowired
	SubscriberPurge purge;

	@Test
	void addressesWhoseConfirmationExpiredAreErasedWithTheirReportEmails() {
		long caseId = uas.findCaseByNumber("46/19").orElseThrow().id();
		UaDocument doc = uas.thread(caseId).stream().filter(UaDocument::isPublished).findFirst().orElseThrow();
		Http http = new Http(port);
		for (String email : List.of("expired@example.org", "fresh@example.org")) {
			assertThat(http
				.postJson("/api/uas/" + doc.id() + "/reports",
						"{\"channel\":\"EMAIL\",\"count\":1,"
								+ "\"country\":\"KZ\",\"email\":\"" + email + "\",\"consent\":true}")
				.statusCode()).isEqualTo(201);
		}
		jdbc.sql("update subscriber set created_at = created_at - interval '8' day, "
				+ "link_mail_sent_at = link_mail_sent_at - interval '8' day where email = 'expired@example.org'")
			.update();
		jdbc.sql("insert into subscriber_mail_quota (bucket, window_start, mails) "
				+ "values ('client:old', current_timestamp - interval '2' hour, 3)")
			.update();

		purge.purge();

		assertThat(jdbc.sql("select count(*) from subscriber where email = 'expired@example.org'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from action_report where email = 'expired@example.org'")
			.query(Long.class)
			.single()).isZero();
		Map<String, Object> fresh = jdbc.sql("select status from subscriber where email = 'fresh@example.org'")
			.query()
			.singleRow();
		assertThat(fresh).containsEntry("status", "PENDING");
		assertThat(jdbc.sql("select count(*) from action_report where email = 'fresh@example.org'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from subscriber_mail_quota where bucket = 'client:old'")
			.query(Long.class)
			.single()).isZero();
	}

}
