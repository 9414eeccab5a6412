package org.urgentaction.action;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * rate limits, claims idempotency keys, finds repeats, holds what is beyond a client's
 * allowance, inserts the reports, and updates the running counts, with a statement per
 * step rather than per report.
 */
@Component
class ReportBatch {

	private final DocumentStates documents;

	private final RateLimits rateLimits;

	private final Allowance allowance;

	private final RecentReports recent;

	private final Tally tally;

	private final ReportRows rows;

	private final IdempotencyKeys idempotencyKeys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AppProperties.Reports settings;

	ReportBatch(DocumentStates documents, RateLimits rateLimits, Allowance allowance, RecentReports recent, Tally tally,
			ReportRows rows, IdempotencyKeys idempotencyKeys, ApplicationEventPublisher events, Clock clock,
			AppProperties properties) {
		this.documents = documents;
		this.rateLimits = rateLimits;
		this.allowance = allowance;
		this.recent = recent;
		this.tally = tally;
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
		List<Verdict> verdicts = countedAndCount(reports, caseIds, now);
		List<Long> ids;
		if (claims.ids() != null) {
			ids = toStore.stream().map((i) -> claims.ids()[i]).toList();
			rows.insert(reports, ids, caseIds, verdicts, now);
		}
		else {
			ids = rows.insert(reports, caseIds, verdicts, now);
			idempotencyKeys.recordResults(reports, ids);
		}
		for (int j = 0; j < reports.size(); j++) {
			NewReport r = reports.get(j);
			ActionReport stored = new ActionReport(ids.get(j), r.documentId(), caseIds.get(j), r.channel(),
					r.targetId(), r.count(), r.country(), r.note(), verdicts.get(j).counted(), verdicts.get(j).held(),
					false, now);
			outcomes[toStore.get(j)] = new BatchOutcome.Stored(stored);
			events.publishEvent(new ActionReported(stored.id(), r.documentId(), caseIds.get(j), r.email(), r.consent(),
					r.clientKey(), now));
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
	 * Decides which reports count (not a repeat within the window), holds those beyond
	 * their client's allowance, and adds the counted ones to the running counts.
	 */
	private List<Verdict> countedAndCount(List<NewReport> reports, List<Long> caseIds, Instant now) {
		List<Tally.Item> items = new ArrayList<>();
		for (int j = 0; j < reports.size(); j++) {
			items.add(Tally.Item.of(reports.get(j), caseIds.get(j), now));
		}
		Map<Reporters.Ref, Long> before = tally.lock(items);
		Set<String> repeats = recent.keysSince(reports, now.minus(settings.duplicateWindow()));
		List<Integer> candidates = new ArrayList<>();
		for (int j = 0; j < reports.size(); j++) {
			NewReport r = reports.get(j);
			if (r.reporterKey() == null || repeats
				.add(RecentReports.repeatKey(r.documentId(), r.reporterKey(), r.channel().name(), r.targetId()))) {
				candidates.add(j);
			}
		}
		boolean[] admitted = allowance.admit(candidates.stream().map(reports::get).toList(), now);
		List<Verdict> verdicts = new ArrayList<>(Collections.nCopies(reports.size(), Verdict.REPEAT));
		List<Tally.Item> counted = new ArrayList<>();
		Counters.Delta delta = new Counters.Delta();
		for (int c = 0; c < candidates.size(); c++) {
			int j = candidates.get(c);
			NewReport r = reports.get(j);
			if (admitted[c]) {
				verdicts.set(j, Verdict.COUNTED);
				counted.add(items.get(j));
			}
			else {
				verdicts.set(j, Verdict.HELD);
				delta.held(r.documentId(), r.count(), 1);
			}
		}
		tally.count(counted, before, delta);
		return verdicts;
	}

	/** What became of a stored report. */
	enum Verdict {

		COUNTED, HELD, REPEAT;

		boolean counted() {
			return this == COUNTED;
		}

		boolean held() {
			return this == HELD;
		}

	}

}
