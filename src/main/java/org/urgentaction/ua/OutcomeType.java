package org.urgentaction.ua;

/**
 * How a case ended, as reported by its final document.
 */
public enum OutcomeType {

	RELEASED, CHARGES_DROPPED, SENTENCE_COMMUTED, ACQUITTED, EXECUTED, NO_FURTHER_ACTION, OTHER

}
