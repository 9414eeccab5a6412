package org.urgentaction.ua;

import java.time.Instant;

/**
 * A thread of documents about the same people, identified by its UA number. A stopped
 * case ({@code stop} set) asks for no action until the stop is undone; {@code safety}
 * holds the coordinators' advice for those who act.
 */
public record UaCase(long id, String uaNumber, boolean closed, Outcome outcome, Instant closedAt, CaseStop stop,
		SafetyAdvice safety) {

	public UaCase(long id, String uaNumber, boolean closed, Outcome outcome, Instant closedAt) {
		this(id, uaNumber, closed, outcome, closedAt, null, SafetyAdvice.NONE);
	}

	public UaCase {
		safety = (safety == null) ? SafetyAdvice.NONE : safety;
	}

	public boolean stopped() {
		return stop != null;
	}

	/** Open and not stopped: its pages offer the ways to act and take reports. */
	public boolean acceptsActions() {
		return !closed && stop == null;
	}

	/** Whether public pages may show how many acted (not after a stop for safety). */
	public boolean showsCounter() {
		return stop == null || stop.reason() != StopReason.SAFETY;
	}

}
