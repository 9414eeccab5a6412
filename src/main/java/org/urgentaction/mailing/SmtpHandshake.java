package org.urgentaction.mailing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The start of a session: greeting, EHLO (HELO if the server refuses it), STARTTLS and
 * authentication. A refusal is reported with code 0, as it is not the fault of a message.
 */
final class SmtpHandshake {

	private final SmtpSession session;

	private final SmtpSettings settings;

	private SmtpHandshake(SmtpSession session, SmtpSettings settings) {
		this.session = session;
		this.settings = settings;
	}

	static void run(SmtpSession session, SmtpSettings settings) throws IOException, SmtpException {
		new SmtpHandshake(session, settings).run();
	}

	private void run() throws IOException, SmtpException {
		expect("Greeting", session.read(), 220);
		hello();
		if (!settings.implicitTls() && settings.startTls()) {
			if (session.supports("STARTTLS")) {
				expect("STARTTLS", session.command("STARTTLS"), 220);
				session.startTls(settings);
				hello();
			}
			else if (settings.startTlsRequired()) {
				throw new SmtpException(0, "The server does not offer STARTTLS, which is required");
			}
		}
		if (settings.authenticates() && session.supports("AUTH")) {
			authenticate(session.extension("AUTH"));
		}
	}

	private void hello() throws IOException, SmtpException {
		SmtpReplies.Reply reply = session.command("EHLO " + settings.localName());
		Map<String, String> offered = new HashMap<>();
		if (reply.code() >= 500) {
			expect("HELO", session.command("HELO " + settings.localName()), 250);
		}
		else {
			expect("EHLO", reply, 250);
			for (String line : reply.lines().subList(1, reply.lines().size())) {
				String[] keyword = line.strip().split("\\s+", 2);
				offered.put(keyword[0].toUpperCase(Locale.ROOT), (keyword.length > 1) ? keyword[1] : "");
			}
		}
		session.offered(offered);
	}

	private void authenticate(String offered) throws IOException, SmtpException {
		List<String> mechanisms = List.of(offered.toUpperCase(Locale.ROOT).split("\\s+"));
		String user = settings.username();
		String password = (settings.password() == null) ? "" : settings.password();
		if (mechanisms.contains("PLAIN") || !mechanisms.contains("LOGIN")) {
			expect("AUTH PLAIN", session.command("AUTH PLAIN " + base64("\0" + user + "\0" + password)), 235);
		}
		else {
			expect("AUTH LOGIN", session.command("AUTH LOGIN"), 334);
			expect("AUTH LOGIN", session.command(base64(user)), 334);
			expect("AUTH LOGIN", session.command(base64(password)), 235);
		}
	}

	private static void expect(String step, SmtpReplies.Reply reply, int code) throws SmtpException {
		if (reply.code() != code) {
			throw new SmtpException(0, step + " refused: " + reply.code() + " " + reply.text());
		}
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
