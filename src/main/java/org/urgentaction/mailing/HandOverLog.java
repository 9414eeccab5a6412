package org.urgentaction.mailing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The hand-over records ({@link HandOver}) of one sending thread, on a database
 * connection of its own. The update that records a message runs, and locks its row,
 * before the final {@code "."} of SMTP DATA; its commit is sent right after the
 * {@code "."} is written and before the server's reply is read. A node that dies before
 * the {@code "."} leaves the update uncommitted: the message is sent again once its lease
 * expires. One that dies after sending the commit has the message recorded, never to be
 * sent again. Only a death between the two writes, microseconds apart, lets a message go
 * out twice; no death loses one.
 * <p>
 * On PostgreSQL the commit of one message and the update of the next one it is told of
 * ({@link #next}) travel in one round trip. The update also lets the commit skip the wait
 * for the disk: the record guards against the death of this node, not of the database
 * server (a database crash in the next few hundred milliseconds could make such a message
 * go out twice).
 */
final class HandOverLog implements AutoCloseable {

	private static final String UPDATE = """
			update outbox_message set status = 'SENT', sent_at = current_timestamp
			where id = ? and status = 'SENDING' and lease_owner = ?""";

	private static final String POSTGRES_UPDATE = UPDATE + " returning set_config('synchronous_commit', 'off', true)";

	private static final String POSTGRES_COMMIT_AND_UPDATE = "commit; begin; " + POSTGRES_UPDATE;

	private final DataSource dataSource;

	private final boolean postgres;

	private final String owner;

	private Connection connection;

	private PreparedStatement update;

	private PreparedStatement commitAndUpdate;

	/**
	 * The message whose update is in the open transaction; -1 when no transaction is
	 * open.
	 */
	private long prepared = -1;

	private boolean held;

	private long next = -1;

	HandOverLog(DataSource dataSource, boolean postgres, String owner) {
		this.dataSource = dataSource;
		this.postgres = postgres;
		this.owner = owner;
	}

	/**
	 * The message that will be sent after the current one, if it is known to be sent: its
	 * record is prepared together with the commit of the current one.
	 */
	void next(long id) {
		this.next = id;
	}

	/**
	 * Records a message: its update runs now, or ran with the previous commit. Returns
	 * null when this node no longer holds the message (its lease expired and another node
	 * took it, or its mailing was stopped).
	 */
	HandOver begin(long id) throws SQLException {
		if (prepared != id) {
			release();
			held = run(id, false);
			prepared = id;
		}
		if (!held) {
			release();
			return null;
		}
		return new Record();
	}

	/**
	 * Rolls back a record that was prepared but whose message did not go out, so that the
	 * message can be changed by others (retried, failed, cancelled).
	 */
	void release() {
		if (prepared == -1) {
			return;
		}
		prepared = -1;
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			discard();
		}
	}

	/**
	 * Rolls back what is open and gives the database connection back.
	 */
	@Override
	public void close() {
		release();
		discard();
	}

	private void commit() throws SQLException {
		long following = next;
		next = -1;
		prepared = -1;
		try {
			if (postgres && following >= 0) {
				held = run(following, true);
				prepared = following;
			}
			else {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			discard();
			throw ex;
		}
	}

	/**
	 * Runs the update (after the commit of the open transaction if {@code afterCommit});
	 * true if it changed the message.
	 */
	private boolean run(long id, boolean afterCommit) throws SQLException {
		try {
			open();
			PreparedStatement statement = afterCommit ? commitAndUpdate : update;
			statement.setLong(1, id);
			statement.setString(2, owner);
			return postgres ? returnsRow(statement) : statement.executeUpdate() == 1;
		}
		catch (SQLException | RuntimeException ex) {
			discard();
			throw ex;
		}
	}

	/**
	 * Whether the statement's last result (after a commit and a begin, if any) holds a
	 * row.
	 */
	private static boolean returnsRow(PreparedStatement statement) throws SQLException {
		boolean rows = statement.execute();
		boolean found = false;
		while (rows || statement.getUpdateCount() != -1) {
			if (rows) {
				try (ResultSet result = statement.getResultSet()) {
					found = result.next();
				}
			}
			rows = statement.getMoreResults();
		}
		return found;
	}

	/**
	 * Takes a connection from the pool, with the statements kept for its time here.
	 */
	private void open() throws SQLException {
		if (connection != null) {
			return;
		}
		connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		update = connection.prepareStatement(postgres ? POSTGRES_UPDATE : UPDATE);
		commitAndUpdate = postgres ? connection.prepareStatement(POSTGRES_COMMIT_AND_UPDATE) : null;
	}

	private void discard() {
		prepared = -1;
		if (connection == null) {
			return;
		}
		try {
			// the pool rolls back what is open and closes the statements
			connection.close();
		}
		catch (SQLException ex) {
			// the pool discards a broken connection
		}
		connection = null;
		update = null;
		commitAndUpdate = null;
	}

	/**
	 * The record of one message, prepared and not yet committed.
	 */
	private final class Record implements HandOver {

		private boolean open = true;

		@Override
		public void commit() throws SQLException {
			open = false;
			HandOverLog.this.commit();
		}

		@Override
		public void close() {
			if (open) {
				open = false;
				release();
			}
		}

	}

}
