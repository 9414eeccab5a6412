package org.urgentaction.mailing;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS over a connected socket, for SMTPS and STARTTLS: the default JSSE trust and a check
 * of the server's name, or any certificate for a server {@code mail.<protocol>.ssl.trust}
 * names.
 */
final class SmtpTls {

	private SmtpTls() {
	}

	static SSLSocket layer(Socket plain, SmtpSettings settings) throws IOException {
		boolean trustAll = settings.trustsAnyCertificate();
		SSLSocketFactory factory = trustAll ? TrustAll.FACTORY : (SSLSocketFactory) SSLSocketFactory.getDefault();
		SSLSocket socket = (SSLSocket) factory.createSocket(plain, settings.host(), settings.port(), true);
		if (!trustAll && settings.checkServerIdentity()) {
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			socket.setSSLParameters(parameters);
		}
		socket.startHandshake();
		return socket;
	}

	private static final class TrustAll implements X509TrustManager {

		static final SSLSocketFactory FACTORY = factory();

		private static SSLSocketFactory factory() {
			try {
				SSLContext context = SSLContext.getInstance("TLS");
				context.init(null, new TrustManager[] { new TrustAll() }, null);
				return context.getSocketFactory();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

	}

}
