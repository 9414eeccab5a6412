package org.urgentaction.action;

/**
 * What became of one report of a batch: stored, a repeat of an idempotency key already
 * stored (the request thread looks up the first result), or refused.
 */
sealed interface BatchOutcome {

	record Stored(ActionReport report) implements BatchOutcome {
	}

	record Replay(long documentId, String idempotencyKey) implements BatchOutcome {
	}

	record Refused(RuntimeException reason) implements BatchOutcome {
	}

}
