package org.urgentaction.ua;

/**
 * Published inside the transaction that undoes the stop of a case: its pages offer the
 * ways to act again.
 */
public record UaCaseResumed(long caseId) {

}
