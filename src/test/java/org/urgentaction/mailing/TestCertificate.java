package org.urgentaction.mailing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The self-signed certificate of the test SMTP server (src/test/resources/tls,
 * CN=localhost and 127.0.0.1), made for tests only with {@code keytool -genkeypair}.
 */
final class TestCertificate {

	private static final char[] PASSWORD = "test-only-password".toCharArray();

	private TestCertificate() {
	}

	static SSLContext serverContext() {
		try (InputStream in = TestCertificate.class.getResourceAsStream("/tls/scripted-smtp.p12")) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, PASSWORD);
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, PASSWORD);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot load the test certificate", ex);
		}
	}

}
