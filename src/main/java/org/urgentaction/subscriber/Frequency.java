package org.urgentaction.subscriber;

/**
 * Each UA as it is published, or a weekly digest.
 */
public enum Frequency {

	IMMEDIATE, WEEKLY

}
