package org.urgentaction.action;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * Stores a batch of reports in the caller's transaction: checks the documents, takes the
 * rate limits, claims idempotency keys, finds repeats, inserts the reports, and updates
 * the running counts, with a statement per step rather than per report.
 */
@Component
class ReportBatch {

	private final DocumentStates documents;

	private final RateLimits rateLimits;

	private final Reporters reporters;

	private final RecentReports recent;

	private final Counters counters;

	private final ReportRows rows;

	private final IdempotencyKeys idempotencyKeys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AppProperties.Reports settings;

	ReportBatch(DocumentStates documents, RateLimits rateLimits, Reporters reporters, RecentReports recent,
			Counters counters, ReportRows rows, IdempotencyKeys idempotencyKeys, ApplicationEventPublisher events,
			Clock clock, AppProperties properties) {
		this.documents = documents;
		this.rateLimits = rateLimits;
		this.reporters = reporters;
		this.recent = recent;
		this.counters = counters;
		this.rows = rows;
		this.idempotencyKeys = idempotencyKeys;
		this.events = events;
		this.clock = clock;
		this.settings = properties.reports();
	}

	List<BatchOutcome> store(List<NewReport> batch) {
		Instant now = clock.instant();
		BatchOutcome[] outcomes = new BatchOutcome[batch.size()];
		Map<Long, DocumentStates.State> states = documents.of(batch.stream().map(NewReport::documentId).toList());
		boolean[] refused = new boolean[batch.size()];
		for (int i = 0; i < batch.size(); i++) {
			RuntimeException problem = problem(batch.get(i), states.get(batch.get(i).documentId()));
			if (problem != null) {
				outcomes[i] = new BatchOutcome.Refused(problem);
				refused[i] = true;
			}
		}
		long[] retryAfter = rateLimits.admit(batch, refused, now);
		for (int i = 0; i < batch.size(); i++) {
			if (retryAfter[i] > 0) {
				outcomes[i] = new BatchOutcome.Refused(new RateLimitedException(retryAfter[i]));
			}
		}
		boolean[] storing = new boolean[batch.size()];
		for (int i = 0; i < batch.size(); i++) {
			storing[i] = outcomes[i] == null;
		}
		IdempotencyKeys.Claims claims = idempotencyKeys.claim(batch, storing, now);
		List<Integer> toStore = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (claims.replay()[i]) {
				outcomes[i] = new BatchOutcome.Replay(batch.get(i).documentId(), batch.get(i).idempotencyKey());
			}
			else if (storing[i]) {
				toStore.add(i);
			}
		}
		if (toStore.isEmpty()) {
			return List.of(outcomes);
		}
		List<NewReport> reports = toStore.stream().map(batch::get).toList();
		List<Long> caseIds = reports.stream().map((r) -> states.get(r.documentId()).caseId()).toList();
		List<Boolean> counted = countedAndCount(reports, caseIds, now);
		List<Long> ids;
		if (claims.ids() != null) {
			ids = toStore.stream().map((i) -> claims.ids()[i]).toList();
			rows.insert(reports, ids, caseIds, counted, now);
		}
		else {
			ids = rows.insert(reports, caseIds, counted, now);
			idempotencyKeys.recordResults(reports, ids);
		}
		for (int j = 0; j < reports.size(); j++) {
			NewReport r = reports.get(j);
			ActionReport stored = new ActionReport(ids.get(j), r.documentId(), caseIds.get(j), r.channel(),
					r.targetId(), r.count(), r.country(), r.note(), counted.get(j), false, now);
			outcomes[toStore.get(j)] = new BatchOutcome.Stored(stored);
			events.publishEvent(
					new ActionReported(stored.id(), r.documentId(), caseIds.get(j), r.email(), r.consent(), now));
		}
		return List.of(outcomes);
	}

	private RuntimeException problem(NewReport report, DocumentStates.State state) {
		if (state == null || !state.published()) {
			return new NotFoundException("Document " + report.documentId());
		}
		if (!state.caseOpen()) {
			return new InvalidInputException(new FieldProblem("documentId", "action.validation.closed"));
		}
		if (report.targetId() != null && !state.targetIds().contains(report.targetId())) {
			return new InvalidInputException(new FieldProblem("targetId", "action.validation.target"));
		}
		return null;
	}

	/**
	 * Decides which reports count (not a repeat within the window) and adds the counted
	 * ones to the running counts.
	 */
	private List<Boolean> countedAndCount(List<NewReport> reports, List<Long> caseIds, Instant now) {
		List<Reporters.Ref> refs = new ArrayList<>();
		for (int j = 0; j < reports.size(); j++) {
			String key = reports.get(j).reporterKey();
			if (key != null) {
				refs.add(new Reporters.Ref(Reporters.DOCUMENT, reports.get(j).documentId(), key));
				refs.add(new Reporters.Ref(Reporters.CASE, caseIds.get(j), key));
			}
		}
		Map<Reporters.Ref, Long> before = reporters.lock(refs);
		Set<String> repeats = recent.keysSince(reports, now.minus(settings.duplicateWindow()));
		Map<Reporters.Ref, Long> added = new HashMap<>();
		Counters.Delta delta = new Counters.Delta();
		List<Boolean> counted = new ArrayList<>();
		for (int j = 0; j < reports.size(); j++) {
			NewReport r = reports.get(j);
			boolean counts = r.reporterKey() == null || repeats
				.add(RecentReports.repeatKey(r.documentId(), r.reporterKey(), r.channel().name(), r.targetId()));
			counted.add(counts);
			if (!counts) {
				continue;
			}
			delta.report(r.documentId(), r.channel().name(), r.targetId(), r.country(), now, r.count(), 1);
			if (r.reporterKey() == null) {
				delta.documentReporter(r.documentId(), 1);
				delta.caseReporter(caseIds.get(j), 1);
				continue;
			}
			if (firstCounted(new Reporters.Ref(Reporters.DOCUMENT, r.documentId(), r.reporterKey()), before, added)) {
				delta.documentReporter(r.documentId(), 1);
			}
			if (firstCounted(new Reporters.Ref(Reporters.CASE, caseIds.get(j), r.reporterKey()), before, added)) {
				delta.caseReporter(caseIds.get(j), 1);
			}
		}
		reporters.add(added);
		counters.apply(delta);
		return counted;
	}

	private static boolean firstCounted(Reporters.Ref ref, Map<Reporters.Ref, Long> before,
			Map<Reporters.Ref, Long> added) {
		long previous = before.getOrDefault(ref, 0L) + added.getOrDefault(ref, 0L);
		added.merge(ref, 1L, Long::sum);
		return previous == 0;
	}

}
