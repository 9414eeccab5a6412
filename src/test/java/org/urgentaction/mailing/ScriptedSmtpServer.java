package org.urgentaction.mailing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				sessions.incrementAndGet();
				Thread session = new Thread(() -> session(socket), "scripted-smtp-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket socket) {
		try (socket) {
			Lines in = new Lines(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			reply(out, "220 scripted ESMTP");
			String recipient = null;
			String line;
			List<String> read = null;
			while ((line = in.readLine()) != null) {
				received.add(line);
				if (read == null || in.reads != in.lastReadOfCommand) {
					read = Collections.synchronizedList(new ArrayList<>());
					commandReads.add(read);
					in.lastReadOfCommand = in.reads;
				}
				read.add(line);
				String command = line.toUpperCase();
				String answer;
				if (command.startsWith("EHLO") && ehloRefused) {
					answer = "502 5.5.1 Command not implemented";
				}
				else if (command.startsWith("EHLO")) {
					List<String> lines = new ArrayList<>(List.of("scripted"));
					lines.addAll(extensions);
					for (int i = 0; i < lines.size(); i++) {
						out.write(((i < lines.size() - 1 ? "250-" : "250 ") + lines.get(i) + "\r\n")
							.getBytes(StandardCharsets.US_ASCII));
					}
					out.flush();
					continue;
				}
				else if (command.startsWith("HELO")) {
					answer = "250 scripted";
				}
				else if (command.startsWith("AUTH")) {
					answer = "235 2.7.0 Authentication successful";
				}
				else if (command.startsWith("MAIL FROM:")) {
					recipient = null;
					answer = next(mailReplies, "250 OK");
				}
				else if (command.startsWith("RCPT TO:")) {
					answer = next(recipientReplies, "250 OK");
					if (answer.startsWith("2")) {
						recipient = line.substring(8).replaceAll("[<> ]", "");
					}
				}
				else if (command.startsWith("DATA")) {
					if (recipient == null && !dataWithoutRecipient) {
						answer = "554 5.5.1 No valid recipients";
					}
					else {
						reply(out, "354 go ahead");
						while (!".".equals(line = in.readLine())) {
							if (line == null) {
								return;
							}
							received.add(line);
						}
						received.add(line);
						answer = next(replies, "250 2.0.0 queued");
						(answer.startsWith("250") ? accepted : refused).add(recipient);
					}
				}
				else if (command.startsWith("RSET")) {
					recipient = null;
					answer = "250 OK";
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					answer = "250 OK";
				}
				reply(out, answer);
				if (answer.startsWith("421")) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static String next(Queue<String> script, String otherwise) {
		String answer = script.poll();
		return (answer == null) ? otherwise : answer;
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

	/**
	 * Lines of the socket, counting its reads.
	 */
	private static final class Lines {

		private final InputStream in;

		private final byte[] buffer = new byte[8192];

		private int position;

		private int length;

		int reads;

		int lastReadOfCommand = -1;

		Lines(InputStream in) {
			this.in = in;
		}

		String readLine() throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			while (true) {
				if (position == length) {
					length = in.read(buffer);
					position = 0;
					if (length < 0) {
						length = 0;
						return null;
					}
					reads++;
				}
				byte b = buffer[position++];
				if (b == '\n') {
					String text = line.toString(StandardCharsets.UTF_8);
					return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
				}
				line.write(b);
			}
		}

	}

}
