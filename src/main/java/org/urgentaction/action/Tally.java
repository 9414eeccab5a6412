package org.urgentaction.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Adds reports to the public totals: actions per dimension, and distinct reporters of the
 * document and the case. Used when reports are stored and when held reports are approved.
 * A report without a reporter key (neither email nor cookie) counts its actions but no
 * person: nothing tells its sender from any other.
 */
@Component
class Tally {

	private final Reporters reporters;

	private final Counters counters;

	Tally(Reporters reporters, Counters counters) {
		this.reporters = reporters;
		this.counters = counters;
	}

	/** What a report adds to the totals. */
	record Item(long documentId, long caseId, String channel, Long targetId, String country, Instant at, int count,
			String reporterKey) {

		static Item of(NewReport report, long caseId, Instant at) {
			return new Item(report.documentId(), caseId, report.channel().name(), report.targetId(), report.country(),
					at, report.count(), report.reporterKey());
		}

		static Item of(ActionReport report, String reporterKey) {
			return new Item(report.documentId(), report.caseId(), report.channel().name(), report.targetId(),
					report.country(), report.reportedAt(), report.count(), reporterKey);
		}

	}

	/**
	 * Locks the rows of the items' reporters (so that concurrent reports of one person,
	 * on any node, wait for each other) and returns their counted reports.
	 */
	Map<Reporters.Ref, Long> lock(List<Item> items) {
		List<Reporters.Ref> refs = new ArrayList<>();
		for (Item item : items) {
			if (item.reporterKey() != null) {
				refs.add(new Reporters.Ref(Reporters.DOCUMENT, item.documentId(), item.reporterKey()));
				refs.add(new Reporters.Ref(Reporters.CASE, item.caseId(), item.reporterKey()));
			}
		}
		return reporters.lock(refs);
	}

	/**
	 * Counts the items, together with the other changes in {@code delta}.
	 */
	void count(List<Item> items, Counters.Delta delta) {
		count(items, lock(items), delta);
	}

	/**
	 * Counts the items whose reporters {@link #lock} locked already.
	 */
	void count(List<Item> items, Map<Reporters.Ref, Long> before, Counters.Delta delta) {
		Map<Reporters.Ref, Long> added = new HashMap<>();
		for (Item item : items) {
			delta.report(item.documentId(), item.channel(), item.targetId(), item.country(), item.at(), item.count(),
					1);
			if (item.reporterKey() == null) {
				continue;
			}
			if (firstCounted(new Reporters.Ref(Reporters.DOCUMENT, item.documentId(), item.reporterKey()), before,
					added)) {
				delta.documentReporter(item.documentId(), 1);
			}
			if (firstCounted(new Reporters.Ref(Reporters.CASE, item.caseId(), item.reporterKey()), before, added)) {
				delta.caseReporter(item.caseId(), 1);
			}
		}
		reporters.add(added);
		counters.apply(delta);
	}

	private static boolean firstCounted(Reporters.Ref ref, Map<Reporters.Ref, Long> before,
			Map<Reporters.Ref, Long> added) {
		long previous = before.getOrDefault(ref, 0L) + added.getOrDefault(ref, 0L);
		added.merge(ref, 1L, Long::sum);
		return previous == 0;
	}

}
