package org.urgentaction.ua;

/**
 * Where a document stands for the public. {@code CLOSED} is a published document whose
 * case has been closed.
 */
public enum DocumentStatus {

	DRAFT, PUBLISHED, CLOSED

}
