package org.urgentaction.action;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What the report writer does, for Prometheus: {@code ua_reports_total} by outcome
 * ({@code counted}, {@code held}: stored, waiting for a coordinator (beyond the client's
 * allowance), {@code repeat}: stored but not counted, {@code replay} of an idempotency
 * key, {@code refused}, {@code failed}), {@code ua_report_batch_size} and
 * {@code ua_report_batch_commit_seconds}, and {@code ua_report_queue} (reports held in
 * the node's queue waiting for the writer).
 */
@Component
class ReportMetrics {

	private final Counter counted;

	private final Counter repeat;

	private final Counter held;

	private final Counter replay;

	private final Counter refused;

	private final Counter failed;

	private final DistributionSummary batchSize;

	private final Timer commit;

	private final MeterRegistry registry;

	ReportMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.counted = outcome("counted");
		this.repeat = outcome("repeat");
		this.held = outcome("held");
		this.replay = outcome("replay");
		this.refused = outcome("refused");
		this.failed = outcome("failed");
		this.batchSize = DistributionSummary.builder("ua.report.batch.size")
			.description("Reports stored in one transaction")
			.register(registry);
		this.commit = Timer.builder("ua.report.batch.commit")
			.description("Time to store and commit one batch of reports")
			.register(registry);
	}

	private Counter outcome(String outcome) {
		return Counter.builder("ua.reports")
			.description("Reports received, by what became of them")
			.tag("outcome", outcome)
			.register(registry);
	}

	void queue(Collection<?> queue) {
		registry.gauge("ua.report.queue", queue, Collection::size);
	}

	void batch(List<BatchOutcome> outcomes, long nanos) {
		batchSize.record(outcomes.size());
		commit.record(nanos, TimeUnit.NANOSECONDS);
		for (BatchOutcome outcome : outcomes) {
			if (outcome instanceof BatchOutcome.Stored stored) {
				(stored.report().held() ? held : stored.report().counted() ? counted : repeat).increment();
			}
			else if (outcome instanceof BatchOutcome.Replay) {
				replay.increment();
			}
			else {
				refused.increment();
			}
		}
	}

	void failed(int reports) {
		failed.increment(reports);
	}

}
