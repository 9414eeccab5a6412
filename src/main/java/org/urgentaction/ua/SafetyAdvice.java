package org.urgentaction.ua;

/**
 * The coordinators' advice shown above the ways to act on every page of a case, and
 * whether reports on it are best made without an address.
 */
public record SafetyAdvice(String advice, boolean anonymousReports) {

	public static final SafetyAdvice NONE = new SafetyAdvice(null, false);

	public static final int MAX_LENGTH = 2000;

}
