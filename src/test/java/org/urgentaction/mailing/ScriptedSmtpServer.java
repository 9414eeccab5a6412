package org.urgentaction.mailing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server for tests that answers the end of each message's data with the next
 * scripted reply ({@code "451 4.3.0 Try again later"}, ...) and {@code 250} once the
 * script is used up; MAIL and RCPT can be scripted the same way. A 421 reply closes the
 * session. It records the recipients of the messages it accepted, every line it received
 * and which commands arrived in one read (pipelined).
 */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket server;

	private final Queue<String> replies = new ConcurrentLinkedQueue<>();

	private final Queue<String> mailReplies = new ConcurrentLinkedQueue<>();

	private final Queue<String> recipientReplies = new ConcurrentLinkedQueue<>();

	private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());

	private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

	private final List<String> received = Collections.synchronizedList(new ArrayList<>());

	private final List<List<String>> commandReads = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger sessions = new AtomicInteger();

	private volatile List<String> extensions = List.of();

	private volatile boolean dataWithoutRecipient;

	private volatile boolean ehloRefused;

	private volatile boolean stopsReadingAtData;

	ScriptedSmtpServer(String... endOfDataReplies) {
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		replies.addAll(List.of(endOfDataReplies));
		Thread acceptor = new Thread(this::acceptLoop, "scripted-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	void script(String... endOfDataReplies) {
		replies.addAll(List.of(endOfDataReplies));
	}

	void scriptMail(String... mailFromReplies) {
		mailReplies.addAll(List.of(mailFromReplies));
	}

	void scriptRecipient(String... rcptToReplies) {
		recipientReplies.addAll(List.of(rcptToReplies));
	}

	/**
	 * The extensions the EHLO reply lists, one per line ({@code "PIPELINING"}, ...).
	 */
	void advertise(String... extensions) {
		this.extensions = List.of(extensions);
	}

	/**
	 * Answers DATA with 354 even when no recipient was accepted, as a broken server
	 * might.
	 */
	void acceptDataWithoutRecipient() {
		this.dataWithoutRecipient = true;
	}

	/**
	 * Stops reading once it has answered DATA, as a server that hangs.
	 */
	void stopReadingAtData() {
		this.stopsReadingAtData = true;
	}

	boolean stopsReadingAtData() {
		return stopsReadingAtData;
	}

	/**
	 * Answers EHLO with 502, as a server that knows only HELO.
	 */
	void refuseEhlo() {
		this.ehloRefused = true;
	}

	List<String> accepted() {
		return List.copyOf(accepted);
	}

	List<String> refused() {
		return List.copyOf(refused);
	}

	/**
	 * Every line received, commands and data, in order.
	 */
	List<String> received() {
		return List.copyOf(received);
	}

	/**
	 * The commands (not data lines) grouped by the read of the socket they arrived in.
	 */
	List<List<String>> commandReads() {
		synchronized (commandReads) {
			return commandReads.stream().map(List::copyOf).toList();
		}
	}

	int sessions() {
		return sessions.get();
	}

	String nextMailReply() {
		return next(mailReplies, "250 OK");
	}

	String nextRecipientReply() {
		return next(recipientReplies, "250 OK");
	}

	String nextEndOfDataReply() {
		return next(replies, "250 2.0.0 queued");
	}

	void received(String line) {
		received.add(line);
	}

	/**
	 * A command that arrived in another read of the socket than the one before it.
	 */
	void commandInNewRead(String line) {
		commandReads.add(Collections.synchronizedList(new ArrayList<>(List.of(line))));
	}

	void commandInSameRead(String line) {
		synchronized (commandReads) {
			commandReads.get(commandReads.size() - 1).add(line);
		}
	}

	void delivered(String recipient, String reply) {
		(reply.startsWith("250") ? accepted : refused).add(recipient);
	}

	List<String> extensions() {
		return extensions;
	}

	boolean dataWithoutRecipient() {
		return dataWithoutRecipient;
	}

	boolean ehloRefused() {
		return ehloRefused;
	}

	private static String next(Queue<String> script, String otherwise) {
		String answer = script.poll();
		return (answer == null) ? otherwise : answer;
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				sessions.incrementAndGet();
				Thread session = new Thread(new ScriptedSmtpSession(this, socket), "scripted-smtp-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
