package org.urgentaction.ua;

/**
 * To be published inside the transaction that stops the appeals of a case at once (e.g.
 * when they could harm the person); {@code reason} is for staff and integrations, never
 * personal data.
 */
public record UaCaseStopped(long caseId, String reason) {

}
