package org.urgentaction.letter;

import org.urgentaction.ua.UaDocument;

/**
 * A letter was asked for on a case whose action has been stopped: the answer is the
 * coordinators' message, never a letter.
 */
class ActionStoppedException extends RuntimeException {

	private final transient UaDocument document;

	private final String stopMessage;

	ActionStoppedException(UaDocument document, String stopMessage) {
		super("Action on this case has been stopped");
		this.document = document;
		this.stopMessage = stopMessage;
	}

	UaDocument document() {
		return document;
	}

	String stopMessage() {
		return stopMessage;
	}

}
