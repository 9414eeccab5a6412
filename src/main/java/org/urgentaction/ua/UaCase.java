package org.urgentaction.ua;

import java.time.Instant;

/**
 * A thread of documents about the same people, identified by its UA number.
 */
public record UaCase(long id, String uaNumber, boolean closed, Outcome outcome, Instant closedAt) {

}
