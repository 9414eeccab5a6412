package org.urgentaction.ua;

import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * Another document of the case already holds this sequence number: a case holds one
 * document per place. The API answers 409; staff pages offer to update the existing
 * document when it is a draft.
 */
public class SequenceTakenException extends InvalidInputException {

	private final long existingId;

	private final boolean existingIsDraft;

	public SequenceTakenException(int sequence, long existingId, boolean existingIsDraft) {
		super(new FieldProblem("sequence", "validation.sequenceTaken", sequence));
		this.existingId = existingId;
		this.existingIsDraft = existingIsDraft;
	}

	/** The document that holds the place. */
	public long existingId() {
		return existingId;
	}

	public boolean existingIsDraft() {
		return existingIsDraft;
	}

}
