package org.urgentaction.mailing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The record, in the database, that one message is handed over to the SMTP server (status
 * {@code SENT}; a refusal of the end of data, or no reply to it, changes it later). Its
 * update runs, and locks the row, before the final {@code "."} of SMTP DATA; its commit
 * is sent right after the {@code "."} is written and before the server's reply is read. A
 * node that dies before the {@code "."} leaves the update uncommitted: the message is
 * sent again once its lease expires. One that dies after sending the commit has the
 * message recorded as handed over, never to be sent again. Only a death between the two
 * writes, microseconds apart, lets a message go out twice; no death loses one.
 */
final class HandOver implements AutoCloseable {

	private static final String UPDATE = """
			update outbox_message set status = 'SENT', sent_at = current_timestamp
			where id = ? and status = 'SENDING' and lease_owner = ?""";

	/**
	 * The same update, which also lets the commit of this transaction skip the wait for
	 * the disk: the record guards against the death of this node, not of the database
	 * server (a database crash in the next few hundred milliseconds could make such a
	 * message go out twice). One statement, so one round trip, rather than two.
	 */
	private static final String POSTGRES_UPDATE = UPDATE + " returning set_config('synchronous_commit', 'off', true)";

	private final Connection connection;

	private boolean open = true;

	private HandOver(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Starts the record, or returns null when this node no longer holds the message (its
	 * lease expired and another node took it, or its mailing was stopped).
	 */
	static HandOver begin(DataSource dataSource, boolean postgres, long id, String owner) throws SQLException {
		Connection connection = dataSource.getConnection();
		HandOver handOver = new HandOver(connection);
		try {
			connection.setAutoCommit(false);
			try (PreparedStatement update = connection.prepareStatement(postgres ? POSTGRES_UPDATE : UPDATE)) {
				update.setLong(1, id);
				update.setString(2, owner);
				boolean held = postgres ? returnsRow(update) : update.executeUpdate() == 1;
				if (held) {
					return handOver;
				}
			}
			handOver.close();
			return null;
		}
		catch (SQLException | RuntimeException ex) {
			handOver.close();
			throw ex;
		}
	}

	private static boolean returnsRow(PreparedStatement update) throws SQLException {
		try (ResultSet row = update.executeQuery()) {
			return row.next();
		}
	}

	/**
	 * Commits the record and gives the database connection back.
	 */
	void commit() throws SQLException {
		try {
			connection.commit();
		}
		finally {
			release();
		}
	}

	/**
	 * Rolls back unless committed, and gives the database connection back.
	 */
	@Override
	public void close() {
		if (!open) {
			return;
		}
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// the connection is given back (and discarded by the pool) anyway
		}
		release();
	}

	private void release() {
		open = false;
		try {
			connection.setAutoCommit(true);
			connection.close();
		}
		catch (SQLException ex) {
			// the pool discards a broken connection
		}
	}

}
