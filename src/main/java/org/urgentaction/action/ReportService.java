package org.urgentaction.action;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.subscriber.ClientKeys;
import org.urgentaction.system.AppProperties;

/**
 * Reports of actions and their totals: the one entry point of the form, the API and the
 * staff pages.
 */
@Service
public class ReportService {

	private final ReportWriter writer;

	private final ReportRepository reports;

	private final TotalsRepository totals;

	private final ReportVoids voids;

	private final HeldReports held;

	private final ClientKeys clientKeys;

	private final AppProperties.Reports settings;

	private final AnonymousReports anonymous;

	ReportService(ReportWriter writer, ReportRepository reports, TotalsRepository totals, ReportVoids voids,
			HeldReports held, ClientKeys clientKeys, AppProperties properties, AnonymousReports anonymous) {
		this.anonymous = anonymous;
		this.writer = writer;
		this.reports = reports;
		this.totals = totals;
		this.voids = voids;
		this.held = held;
		this.clientKeys = clientKeys;
		this.settings = properties.reports();
	}

	/**
	 * Stores a report and answers once it is committed. A repeated idempotency key
	 * returns the first report and counts nothing (the writer finds it when it claims the
	 * key, so a new report costs no extra query).
	 * @param anonymousId the reporter's anonymous cookie, or null
	 * @param clientAddress for the limits per client (only a keyed hash of it is kept),
	 * or null
	 */
	public StoredReport report(long documentId, ReportInput input, String anonymousId, String clientAddress,
			String idempotencyKey) {
		NewReport report = ReportRules.check(documentId, anonymous.withoutAddress(documentId, input),
				settings.maxCount(), anonymousId, clientKeys.of(clientAddress), idempotencyKey);
		BatchOutcome outcome = await(report);
		if (outcome instanceof BatchOutcome.Stored stored) {
			return new StoredReport(stored.report(), false);
		}
		if (outcome instanceof BatchOutcome.Replay replay) {
			return new StoredReport(reports.findByIdempotencyKey(replay.documentId(), replay.idempotencyKey())
				.orElseThrow(() -> new WriterUnavailableException("The first report of this key is missing", null)),
					true);
		}
		throw ((BatchOutcome.Refused) outcome).reason();
	}

	private BatchOutcome await(NewReport report) {
		try {
			return writer.submit(report).get(settings.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new WriterUnavailableException("The report could not be stored", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new WriterUnavailableException("No answer from the report writer in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WriterUnavailableException("Interrupted", ex);
		}
	}

	@Transactional(readOnly = true)
	public Optional<ActionReport> find(long reportId) {
		return reports.findById(reportId);
	}

	/**
	 * The totals of a document or of its case, for the public unless {@code staff} (who
	 * also see drafts and the held actions and reports).
	 */
	@Transactional(readOnly = true)
	public Optional<Scoped> totals(long documentId, boolean wholeCase, boolean staff) {
		return totals.document(documentId)
			.filter((d) -> d.published() || staff)
			.map((d) -> new Scoped(d.id(), d.caseId(), wholeCase,
					wholeCase ? totals.forCase(d.caseId()) : totals.forDocument(d.id()),
					staff ? held.totals(wholeCase ? totals.documentsOfCase(d.caseId()) : List.of(d.id())) : null));
	}

	/**
	 * Totals with what they are of; {@code held} (actions, reports) only for staff, else
	 * null.
	 */
	public record Scoped(long documentId, long caseId, boolean wholeCase, ActionTotals totals, long[] held) {
	}

	@Transactional(readOnly = true)
	public ActionTotals documentTotals(long documentId) {
		return totals.forDocument(documentId);
	}

	@Transactional(readOnly = true)
	public ActionTotals caseTotals(long caseId) {
		return totals.forCase(caseId);
	}

	@Transactional(readOnly = true)
	public ActionTotals allTotals() {
		return totals.all();
	}

	public ActionReport voidReport(long reportId, String reason, String actor) {
		return voids.voidReport(reportId, reason, actor);
	}

	/** Moves held reports into the public totals; returns how many were still held. */
	public int approveHeld(List<Long> reportIds, String actor) {
		return held.approve(reportIds, actor);
	}

	/** Voids held reports; returns how many were still held. */
	public int voidHeld(List<Long> reportIds, String reason, String actor) {
		return held.voidAll(reportIds, reason, actor);
	}

}
