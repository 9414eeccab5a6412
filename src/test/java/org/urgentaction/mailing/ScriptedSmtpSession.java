package org.urgentaction.mailing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLSocket;

/**
 * One client of a {@link ScriptedSmtpServer}: answers its commands as scripted and
 * reports what it received.
 */
final class ScriptedSmtpSession implements Runnable {

	private final ScriptedSmtpServer server;

	private final Socket socket;

	private final byte[] buffer = new byte[8192];

	private InputStream in;

	private int position;

	private int length;

	private int reads;

	private String recipient;

	ScriptedSmtpSession(ScriptedSmtpServer server, Socket socket) {
		this.server = server;
		this.socket = socket;
	}

	private int readOfLastCommand = -1;

	private OutputStream out;

	@Override
	public void run() {
		try (socket) {
			in = socket.getInputStream();
			out = socket.getOutputStream();
			reply(out, "220 scripted ESMTP");
			String line;
			while ((line = readLine()) != null) {
				server.received(line);
				if (reads != readOfLastCommand) {
					server.commandInNewRead(line);
					readOfLastCommand = reads;
				}
				else {
					server.commandInSameRead(line);
				}
				if (line.equalsIgnoreCase("STARTTLS") && server.extensions().contains("STARTTLS")) {
					reply(out, "220 2.0.0 Ready to start TLS");
					startTls();
					continue;
				}
				String answer = answer(line, out);
				if (answer == null) {
					return;
				}
				reply(out, answer);
				if (answer.startsWith("421") || answer.startsWith("221")) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	/**
	 * The reply to a command, or null if the client went away.
	 */
	private String answer(String line, OutputStream out) throws IOException {
		String command = line.toUpperCase();
		if (command.startsWith("EHLO")) {
			if (server.ehloRefused()) {
				return "502 5.5.1 Command not implemented";
			}
			List<String> lines = new ArrayList<>(List.of("scripted"));
			lines.addAll(server.extensions());
			for (int i = 0; i < lines.size() - 1; i++) {
				out.write(("250-" + lines.get(i) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			}
			return "250 " + lines.get(lines.size() - 1);
		}
		if (command.startsWith("HELO")) {
			return "250 scripted";
		}
		if (command.startsWith("AUTH")) {
			return "235 2.7.0 Authentication successful";
		}
		if (command.startsWith("MAIL FROM:")) {
			recipient = null;
			return server.nextMailReply();
		}
		if (command.startsWith("RCPT TO:")) {
			String answer = server.nextRecipientReply();
			if (answer.startsWith("2")) {
				recipient = line.substring(8).replaceAll("[<> ]", "");
			}
			return answer;
		}
		if (command.startsWith("DATA")) {
			return data(out);
		}
		if (command.startsWith("RSET")) {
			recipient = null;
			return "250 OK";
		}
		return command.startsWith("QUIT") ? "221 bye" : "250 OK";
	}

	private String data(OutputStream out) throws IOException {
		if (recipient == null && !server.dataWithoutRecipient()) {
			return "554 5.5.1 No valid recipients";
		}
		reply(out, "354 go ahead");
		if (server.stopsReadingAtData()) {
			hang();
			return null;
		}
		String line;
		while (!".".equals(line = readLine())) {
			if (line == null) {
				return null;
			}
			server.received(line);
		}
		server.received(line);
		// the end of data starts a group of its own: commands sent along with it join it
		server.commandInNewRead(line);
		readOfLastCommand = reads;
		String answer = server.nextEndOfDataReply();
		server.delivered(recipient, answer);
		return answer;
	}

	private void hang() {
		try {
			Thread.sleep(30_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String readLine() throws IOException {
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

	/**
	 * Goes on over TLS with the test certificate (CN=localhost, 127.0.0.1); what was read
	 * before is discarded, as the client sends nothing more in clear.
	 */
	private void startTls() throws IOException {
		SSLSocket tls = (SSLSocket) TestCertificate.serverContext()
			.getSocketFactory()
			.createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), false);
		tls.setUseClientMode(false);
		tls.startHandshake();
		in = tls.getInputStream();
		out = tls.getOutputStream();
		position = 0;
		length = 0;
		server.received("<TLS>");
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

}
