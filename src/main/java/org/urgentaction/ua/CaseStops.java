package org.urgentaction.ua;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * Stops all action on a case at once, undoes the stop, and keeps the case's safety
 * advice. Each change is in the history; a stop and its undoing are announced
 * ({@link UaCaseStopped}, {@link UaCaseResumed}) in the same transaction.
 */
@Service
public class CaseStops {

	public static final int MAX_MESSAGE_LENGTH = 2000;

	private final UaCaseRepository cases;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseStops(UaCaseRepository cases, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stops action on the case; stopping a stopped case changes its reason and message
	 * without announcing the stop again.
	 */
	@Transactional
	public UaCase stop(long caseId, StopReason reason, String message, String actor) {
		String text = (message == null) ? "" : message.strip();
		if (reason == null) {
			throw new InvalidInputException(new FieldProblem("reason", "validation.required"));
		}
		if (text.isEmpty()) {
			throw new InvalidInputException(new FieldProblem("message", "validation.required"));
		}
		if (text.length() > MAX_MESSAGE_LENGTH) {
			throw new InvalidInputException(new FieldProblem("message", "validation.length", MAX_MESSAGE_LENGTH));
		}
		UaCase uaCase = get(caseId);
		boolean stoppedNow = !uaCase.stopped();
		cases.stop(caseId, new CaseStop(reason, text, stoppedNow ? clock.instant() : uaCase.stop().stoppedAt()));
		audit.record(actor, stoppedNow ? "CASE_STOPPED" : "CASE_STOP_CHANGED", "ua_case", caseId,
				uaCase.uaNumber() + ": " + reason + " (" + text + ")");
		if (stoppedNow) {
			events.publishEvent(new UaCaseStopped(caseId, reason.name()));
		}
		return get(caseId);
	}

	/** Undoes the stop: the pages of the case offer the ways to act again. */
	@Transactional
	public UaCase resume(long caseId, String actor) {
		UaCase uaCase = get(caseId);
		if (uaCase.stopped()) {
			cases.stop(caseId, null);
			audit.record(actor, "CASE_RESUMED", "ua_case", caseId, uaCase.uaNumber());
			events.publishEvent(new UaCaseResumed(caseId));
		}
		return get(caseId);
	}

	@Transactional
	public UaCase safety(long caseId, SafetyAdvice safety, String actor) {
		String advice = (safety.advice() == null || safety.advice().isBlank()) ? null : safety.advice().strip();
		if (advice != null && advice.length() > SafetyAdvice.MAX_LENGTH) {
			throw new InvalidInputException(new FieldProblem("advice", "validation.length", SafetyAdvice.MAX_LENGTH));
		}
		UaCase uaCase = get(caseId);
		SafetyAdvice changed = new SafetyAdvice(advice, safety.anonymousReports());
		if (!changed.equals(uaCase.safety())) {
			cases.safety(caseId, changed);
			audit.record(actor, "CASE_SAFETY_CHANGED", "ua_case", caseId,
					uaCase.uaNumber() + (changed.anonymousReports() ? ": reports anonymous" : "")
							+ (advice == null ? "" : ": " + advice));
		}
		return get(caseId);
	}

	private UaCase get(long caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
	}

}
