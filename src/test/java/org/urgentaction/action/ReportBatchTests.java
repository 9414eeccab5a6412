package org.urgentaction.action;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several reports in one batch, as the writer stores them under load: each idempotency
 * key is claimed once (also when it comes twice in the batch), every stored report gets
 * an id of its own that its key records, and a reporter's repeat within the batch is
 * stored but counted once. Runs on both databases, so both the set-based PostgreSQL
 * statements and the portable ones are checked.
 */
@AppTest
class ReportBatchTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportBatch batch;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aBatchClaimsEachKeyOnceGivesEveryReportItsIdAndCountsARepeatOnce() {
		UaDocument doc = new ReportFixtures(uas, jdbc, new Http(port)).newCase("120/19", true);
		String alice = ReportRules.reporterKey("alice@example.org", null);
		List<BatchOutcome> first = store(report(doc, Channel.LETTER, 2, null, "a"),
				report(doc, Channel.FAX, 3, null, null), report(doc, Channel.EMAIL, 5, null, "a"),
				report(doc, Channel.PHONE, 1, alice, "b"), report(doc, Channel.PHONE, 4, alice, null),
				report(doc, Channel.SOCIAL, 7, null, "c"));

		assertThat(first.get(2)).isEqualTo(new BatchOutcome.Replay(doc.id(), "a"));
		List<ActionReport> stored = List.of(stored(first.get(0)), stored(first.get(1)), stored(first.get(3)),
				stored(first.get(4)), stored(first.get(5)));
		assertThat(stored).extracting(ActionReport::id).doesNotHaveDuplicates();
		assertThat(stored).extracting(ActionReport::counted).containsExactly(true, true, true, false, true);
		for (ActionReport report : stored) {
			assertThat(jdbc.sql("select action_count from action_report where id = :id and document_id = :doc")
				.param("id", report.id())
				.param("doc", doc.id())
				.query(Integer.class)
				.single()).isEqualTo(report.count());
		}
		assertThat(claimedBy(doc, "a")).isEqualTo(stored.get(0).id());
		assertThat(claimedBy(doc, "b")).isEqualTo(stored.get(2).id());
		assertThat(claimedBy(doc, "c")).isEqualTo(stored.get(4).id());

		List<BatchOutcome> second = store(report(doc, Channel.OTHER, 9, null, "a"),
				report(doc, Channel.LETTER, 1, null, "d"));
		assertThat(second.get(0)).isEqualTo(new BatchOutcome.Replay(doc.id(), "a"));
		assertThat(claimedBy(doc, "d")).isEqualTo(stored(second.get(1)).id());

		assertThat(jdbc.sql("select count(*) from action_report where document_id = :doc")
			.param("doc", doc.id())
			.query(Long.class)
			.single()).isEqualTo(6);
		assertThat(counter(doc, Counters.TOTAL, "actions")).isEqualTo(2 + 3 + 1 + 7 + 1);
		assertThat(counter(doc, Counters.TOTAL, "reports")).isEqualTo(5);
		// alice; reports without a reporter key are no people (docs/reporting.md)
		assertThat(counter(doc, Counters.REPORTERS, "actions")).isEqualTo(1);
	}

	private List<BatchOutcome> store(NewReport... reports) {
		return new TransactionTemplate(transactionManager).execute((status) -> batch.store(List.of(reports)));
	}

	private static NewReport report(UaDocument doc, Channel channel, int count, String reporterKey, String key) {
		return new NewReport(doc.id(), channel, null, count, "KZ", null, false, null, reporterKey, null, "client-7",
				key);
	}

	private static ActionReport stored(BatchOutcome outcome) {
		assertThat(outcome).isInstanceOf(BatchOutcome.Stored.class);
		return ((BatchOutcome.Stored) outcome).report();
	}

	private Long claimedBy(UaDocument doc, String key) {
		return jdbc.sql("select report_id from action_idempotency where document_id = :doc and idem_key = :key")
			.param("doc", doc.id())
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private long counter(UaDocument doc, String dimension, String column) {
		return jdbc.sql("select " + column + " from action_counter where document_id = :doc and dimension = :dim")
			.param("doc", doc.id())
			.param("dim", dimension)
			.query(Long.class)
			.single();
	}

}
