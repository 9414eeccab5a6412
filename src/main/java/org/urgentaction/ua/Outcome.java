package org.urgentaction.ua;

/**
 * The outcome of a case with an optional note in the coordinator's words.
 */
public record Outcome(OutcomeType type, String note) {

}
