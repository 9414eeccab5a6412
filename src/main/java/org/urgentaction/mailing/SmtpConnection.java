package org.urgentaction.mailing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection of one sender thread, kept open for many messages and configured by
 * {@code spring.mail.*}. It opens the socket itself so that it can drop a transaction
 * without ending it.
 */
class SmtpConnection implements AutoCloseable {

	private final JavaMailSenderImpl settings;

	private Socket socket;

	private HandOverTransport transport;

	private final SocketFactory sockets;

	SmtpConnection(JavaMailSenderImpl settings) {
		this(settings, SocketFactory.getDefault());
	}

	SmtpConnection(JavaMailSenderImpl settings, SocketFactory sockets) {
		this.settings = settings;
		this.sockets = sockets;
	}

	/**
	 * Sends one message; {@code handOver} records it as the server commits it. A reused
	 * connection that the server closed meanwhile is opened again once, as long as
	 * nothing was handed over.
	 */
	void send(MimeMessage message, HandOverTransport.Recorder handOver) throws MessagingException {
		boolean reused = transport != null;
		if (!reused) {
			connect();
		}
		transport.expect(handOver);
		try {
			transport.sendMessage(message, message.getAllRecipients());
		}
		catch (MessagingException ex) {
			if (!reused || handedOver() || SmtpFailure.code(ex) != 0
					|| ex instanceof HandOverTransport.HandOverRefused) {
				throw ex;
			}
			connect();
			transport.expect(handOver);
			transport.sendMessage(message, message.getAllRecipients());
		}
	}

	boolean handedOver() {
		return transport != null && transport.handedOver();
	}

	/**
	 * Drops the connection without a QUIT, so that a transaction in progress is discarded
	 * by the server.
	 */
	void abort() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
		socket = null;
		transport = null;
	}

	@Override
	public void close() {
		if (transport != null) {
			try {
				transport.close();
			}
			catch (MessagingException ex) {
				// the server may have gone
			}
		}
		abort();
	}

	private void connect() throws MessagingException {
		abort();
		String protocol = settings.getProtocol() == null ? "smtp" : settings.getProtocol();
		String host = settings.getHost();
		int port = settings.getPort() > 0 ? settings.getPort() : ("smtps".equals(protocol) ? 465 : 25);
		int connectTimeout = property("mail." + protocol + ".connectiontimeout", 5000);
		int timeout = property("mail." + protocol + ".timeout", 10000);
		try {
			Socket plain = sockets.createSocket();
			plain.connect(new InetSocketAddress(host, port), connectTimeout);
			plain.setSoTimeout(timeout);
			plain.setTcpNoDelay(true);
			socket = "smtps".equals(protocol)
					? ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true) : plain;
		}
		catch (IOException ex) {
			abort();
			throw new MessagingException("Cannot connect to " + host + ":" + port, ex);
		}
		transport = new HandOverTransport(settings.getSession(),
				new URLName(protocol, host, port, null, settings.getUsername(), settings.getPassword()), protocol,
				"smtps".equals(protocol));
		try {
			transport.connect(socket);
		}
		catch (MessagingException ex) {
			abort();
			throw ex;
		}
	}

	private int property(String key, int fallback) {
		String value = settings.getJavaMailProperties().getProperty(key);
		return (value == null) ? fallback : Integer.parseInt(value.strip());
	}

}
