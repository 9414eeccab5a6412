package org.urgentaction.mailing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail for Prometheus: {@code ua_mails_total} by outcome ({@code sent}, {@code deferred},
 * {@code failed}, {@code bounced}, {@code complained}) on this node, and
 * {@code ua_outbox_messages} by state, across all nodes (read from the database at most
 * every {@link #REFRESH}).
 */
@Component
class MailMetrics {

	static final Duration REFRESH = Duration.ofSeconds(10);

	private static final List<String> STATES = List.of("QUEUED", "SENDING", "HANDED_OVER", "SENT", "FAILED",
			"CANCELLED");

	private final JdbcClient jdbc;

	private final Map<String, Counter> outcomes = new HashMap<>();

	private volatile Map<String, Long> depth = Map.of();

	private volatile long readAt;

	MailMetrics(MeterRegistry registry, JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (String outcome : List.of("sent", "deferred", "failed", "bounced", "complained")) {
			outcomes.put(outcome,
					Counter.builder("ua.mails")
						.description("Mails by outcome on this node")
						.tag("outcome", outcome)
						.register(registry));
		}
		for (String state : STATES) {
			Gauge.builder("ua.outbox.messages", this, (metrics) -> metrics.depth(state))
				.description("Outbox messages by state, all nodes")
				.tag("state", state.toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

	void count(String outcome) {
		outcomes.get(outcome).increment();
	}

	private double depth(String state) {
		long now = System.nanoTime();
		if (readAt == 0 || now - readAt > REFRESH.toNanos()) {
			Map<String, Long> read = new HashMap<>();
			try {
				jdbc.sql("select status, count(*) from outbox_message group by status").query((rs) -> {
					read.put(rs.getString(1), rs.getLong(2));
				});
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
			depth = read;
			readAt = now;
		}
		return depth.getOrDefault(state, 0L);
	}

}
