package org.urgentaction.ua;

/**
 * Published inside the transaction that closes a case.
 */
public record UaCaseClosed(long caseId, Outcome outcome) {

}
