package org.urgentaction.mailing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.net.SocketFactory;

/**
 * An open SMTP session, ready for mail transactions once {@link SmtpHandshake} is done.
 * Commands are buffered until {@link #flush()}; replies are read one at a time. After a
 * refused envelope the session is either in step for the next transaction or
 * {@link #dropped()}.
 */
final class SmtpSession {

	private static final int BUFFER = 32 * 1024;

	private static final int CLOSING = 421;

	private Socket socket;

	private BufferedOutputStream out;

	private SmtpReplies replies;

	private Map<String, String> extensions = Map.of();

	private boolean dropped;

	private final int writeTimeout;

	private SmtpSession(Socket socket, int writeTimeout) throws IOException {
		this.writeTimeout = writeTimeout;
		streams(socket);
	}

	/**
	 * Connects and runs the handshake; any failure is reported with code 0, as it is not
	 * the fault of a message.
	 */
	static SmtpSession open(SmtpSettings settings, SocketFactory sockets) throws SmtpException {
		Socket socket = null;
		try {
			socket = sockets.createSocket();
			socket.connect(new InetSocketAddress(settings.host(), settings.port()), settings.connectTimeout());
			socket.setSoTimeout(settings.timeout());
			socket.setTcpNoDelay(true);
			if (settings.implicitTls()) {
				socket = SmtpTls.layer(socket, settings);
			}
			SmtpSession session = new SmtpSession(socket, settings.writeTimeout());
			SmtpHandshake.run(session, settings);
			return session;
		}
		catch (IOException | SmtpException | RuntimeException ex) {
			closeQuietly(socket);
			if (ex instanceof SmtpException smtp) {
				throw smtp;
			}
			throw new SmtpException("Cannot connect to " + settings.host() + ":" + settings.port(), ex);
		}
	}

	private void streams(Socket socket) throws IOException {
		this.socket = socket;
		this.out = new BufferedOutputStream(SmtpWriteWatchdog.guard(socket, writeTimeout), BUFFER);
		this.replies = new SmtpReplies(new BufferedInputStream(socket.getInputStream(), BUFFER));
	}

	void startTls(SmtpSettings settings) throws IOException {
		streams(SmtpTls.layer(socket, settings));
	}

	void offered(Map<String, String> extensions) {
		this.extensions = extensions;
	}

	boolean supports(String extension) {
		return extensions.containsKey(extension);
	}

	String extension(String keyword) {
		return extensions.get(keyword);
	}

	/**
	 * The reply, unless it says that the server is closing the session.
	 */
	SmtpReplies.Reply unlessClosing(SmtpReplies.Reply reply) throws SmtpException {
		if (reply.code() == CLOSING) {
			drop();
			throw SmtpException.refused(reply);
		}
		return reply;
	}

	/**
	 * Buffers a command; {@code line} without its CRLF.
	 */
	void write(String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The buffered stream to the server, for message data; closing it does not close the
	 * session.
	 */
	OutputStream data() {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() {
			}
		};
	}

	void flush() throws IOException {
		out.flush();
	}

	SmtpReplies.Reply read() throws IOException {
		return replies.read();
	}

	SmtpReplies.Reply command(String line) throws IOException {
		write(line);
		flush();
		return read();
	}

	/**
	 * Drops the connection without a word, so that a transaction in progress is discarded
	 * by the server.
	 */
	void drop() {
		dropped = true;
		closeQuietly(socket);
	}

	boolean dropped() {
		return dropped;
	}

	private static void closeQuietly(Socket socket) {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
	}

}
