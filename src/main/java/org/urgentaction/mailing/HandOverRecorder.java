package org.urgentaction.mailing;

import java.sql.SQLException;

/**
 * Records the hand-over ({@link HandOver}) of the message being sent around the final
 * {@code "."} that commits it at the SMTP server.
 */
interface HandOverRecorder {

	/**
	 * The prepared record, or null if the message may not be sent.
	 */
	HandOver begin() throws SQLException;

	/**
	 * The commit failed after the {@code "."} went out: record it another way.
	 */
	void recordAgain(SQLException failure);

}
