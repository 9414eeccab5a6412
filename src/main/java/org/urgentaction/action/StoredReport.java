package org.urgentaction.action;

/**
 * The answer to a report: the stored report, and whether it is the first result of an
 * idempotency key sent again ({@code replayed}: nothing new was counted).
 */
public record StoredReport(ActionReport report, boolean replayed) {

}
