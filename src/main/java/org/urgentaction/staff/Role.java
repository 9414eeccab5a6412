package org.urgentaction.staff;

/**
 * What a staff member may do. Each role includes the ones below it.
 */
public enum Role {

	/** Manages staff accounts and API tokens. */
	ADMIN,
	/** Creates, edits, publishes and closes documents. */
	COORDINATOR,
	/** Reads drafts and figures. */
	VIEWER

}
