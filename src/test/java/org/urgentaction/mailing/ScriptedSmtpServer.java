package org.urgentaction.mailing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

/**
 * A tiny SMTP server for tests that answers the end of each message's data with the next
 * scripted reply ({@code "451 4.3.0 Try again later"}, ...) and {@code 250} once the
 * script is used up. It records the recipients of the messages it accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket server;

	private final Queue<String> replies = new ConcurrentLinkedQueue<>();

	private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());

	private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

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

	List<String> accepted() {
		return List.copyOf(accepted);
	}

	List<String> refused() {
		return List.copyOf(refused);
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
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
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			reply(out, "220 scripted ESMTP");
			String recipient = null;
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 scripted");
				}
				else if (command.startsWith("RCPT TO:")) {
					recipient = line.substring(8).replaceAll("[<> ]", "");
					reply(out, "250 OK");
				}
				else if (command.startsWith("DATA")) {
					reply(out, "354 go ahead");
					while (!".".equals(line = in.readLine())) {
						if (line == null) {
							return;
						}
					}
					String answer = replies.poll();
					answer = (answer == null) ? "250 2.0.0 queued" : answer;
					(answer.startsWith("250") ? accepted : refused).add(recipient);
					reply(out, answer);
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
