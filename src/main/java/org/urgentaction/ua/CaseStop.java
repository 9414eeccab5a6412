package org.urgentaction.ua;

import java.time.Instant;

/**
 * Why action on a case stopped, the public message that says so, and when.
 */
public record CaseStop(StopReason reason, String message, Instant stoppedAt) {

}
