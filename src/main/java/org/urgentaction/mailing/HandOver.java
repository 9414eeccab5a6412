package org.urgentaction.mailing;

import java.sql.SQLException;

/**
 * The record, in the database, that one message is handed over to the SMTP server (status
 * {@code SENT}; a refusal of the end of data, or no reply to it, changes it later),
 * prepared before the final {@code "."} of SMTP DATA and committed right after it
 * ({@link HandOverLog}).
 */
interface HandOver extends AutoCloseable {

	/**
	 * Commits the record.
	 */
	void commit() throws SQLException;

	/**
	 * Rolls back the record unless it was committed.
	 */
	@Override
	void close();

}
