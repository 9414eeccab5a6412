package org.urgentaction.ua;

/**
 * Why a coordinator stopped action on a case. {@code SAFETY} (action now endangers the
 * person, or the family asks for it) also hides how many acted.
 */
public enum StopReason {

	SAFETY, OUTCOME, OTHER

}
