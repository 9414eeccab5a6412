package org.urgentaction.mailing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What an {@link SmtpConnection} needs of {@code spring.mail.*}: the server, its
 * {@code mail.<protocol>.*} properties as Jakarta Mail reads them, and the account. The
 * envelope sender {@code mail.<protocol>.from}, when set, replaces that of every message,
 * as with Jakarta Mail.
 */
record SmtpSettings(String host, int port, boolean implicitTls, boolean startTls, boolean startTlsRequired,
		String trust, boolean checkServerIdentity, String localName, int connectTimeout, int timeout, int writeTimeout,
		String username, String password, String envelopeFrom) {

	static SmtpSettings of(JavaMailSenderImpl mail) {
		String protocol = (mail.getProtocol() == null) ? "smtp" : mail.getProtocol();
		Properties properties = mail.getJavaMailProperties();
		String prefix = "mail." + protocol + ".";
		boolean implicitTls = "smtps".equals(protocol) || flag(properties, prefix + "ssl.enable", false);
		String host = (mail.getHost() != null) ? mail.getHost() : properties.getProperty(prefix + "host", "localhost");
		int port = (mail.getPort() > 0) ? mail.getPort()
				: number(properties, prefix + "port", "smtps".equals(protocol) ? 465 : 25);
		String localName = properties.getProperty(prefix + "localhost");
		boolean startTlsRequired = flag(properties, prefix + "starttls.required", false);
		int timeout = number(properties, prefix + "timeout", 10000);
		return new SmtpSettings(host, port, implicitTls,
				startTlsRequired || flag(properties, prefix + "starttls.enable", false), startTlsRequired,
				properties.getProperty(prefix + "ssl.trust"),
				flag(properties, prefix + "ssl.checkserveridentity", true),
				(localName == null || localName.isBlank()) ? localHostName() : localName.strip(),
				number(properties, prefix + "connectiontimeout", 5000), timeout,
				number(properties, prefix + "writetimeout", timeout), mail.getUsername(), mail.getPassword(),
				properties.getProperty(prefix + "from"));
	}

	/**
	 * Whether {@code mail.<protocol>.ssl.trust} trusts any certificate of this server
	 * ({@code "*"} or the host among the names it lists).
	 */
	boolean trustsAnyCertificate() {
		return trust != null
				&& Arrays.stream(trust.trim().split("\\s+")).anyMatch((t) -> t.equals("*") || t.equals(host));
	}

	boolean authenticates() {
		return username != null && !username.isEmpty();
	}

	private static String localHostName() {
		try {
			String name = InetAddress.getLocalHost().getCanonicalHostName();
			boolean address = name.indexOf(':') >= 0 || name.chars().allMatch((c) -> c == '.' || Character.isDigit(c));
			return address ? "[" + name + "]" : name;
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	private static boolean flag(Properties properties, String key, boolean fallback) {
		String value = properties.getProperty(key);
		return (value == null) ? fallback : Boolean.parseBoolean(value.strip());
	}

	private static int number(Properties properties, String key, int fallback) {
		String value = properties.getProperty(key);
		return (value == null) ? fallback : Integer.parseInt(value.strip());
	}

}
