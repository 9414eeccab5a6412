package org.urgentaction.mailing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a write to an SMTP server that takes longer than {@code mail.smtp.writetimeout}
 * (the read timeout when it is not set): a socket has no write timeout, and a server that
 * stops reading would hold its sending thread for ever. One daemon thread looks at the
 * writes under way four times a second and closes the socket of one that is late; the
 * write then fails, and the message is treated as on any broken connection.
 */
final class SmtpWriteWatchdog {

	private static final Set<GuardedStream> writing = ConcurrentHashMap.newKeySet();

	private static Thread watcher;

	private SmtpWriteWatchdog() {
	}

	/**
	 * The socket's output, whose writes end within {@code timeoutMillis} (0: no limit).
	 */
	static OutputStream guard(Socket socket, int timeoutMillis) throws IOException {
		if (timeoutMillis <= 0) {
			return socket.getOutputStream();
		}
		start();
		return new GuardedStream(socket, timeoutMillis * 1_000_000L);
	}

	private static synchronized void start() {
		if (watcher == null) {
			watcher = new Thread(SmtpWriteWatchdog::watch, "smtp-write-watchdog");
			watcher.setDaemon(true);
			watcher.start();
		}
	}

	private static void watch() {
		while (true) {
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				return;
			}
			long now = System.nanoTime();
			for (GuardedStream stream : writing) {
				stream.closeIfLate(now);
			}
		}
	}

	private static final class GuardedStream extends FilterOutputStream {

		private final Socket socket;

		private final long timeoutNanos;

		private volatile long startedAt;

		GuardedStream(Socket socket, long timeoutNanos) throws IOException {
			super(socket.getOutputStream());
			this.socket = socket;
			this.timeoutNanos = timeoutNanos;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			startedAt = System.nanoTime();
			writing.add(this);
			try {
				out.write(bytes, offset, length);
			}
			finally {
				writing.remove(this);
			}
		}

		void closeIfLate(long now) {
			if (now - startedAt > timeoutNanos) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// closed anyway
				}
			}
		}

	}

}
