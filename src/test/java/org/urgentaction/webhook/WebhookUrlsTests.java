package org.urgentaction.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook addresses cannot point at this machine or internal networks unless allowed.
 */
class WebhookUrlsTests {

	private static WebhookUrls urls(boolean allowInternal) {
		Duration s = Duration.ofSeconds(1);
		return new WebhookUrls(new WebhookProperties(true, s, s, s, s, s, s, allowInternal));
	}

	@Test
	void internalAddressesAreRefused() {
		WebhookUrls urls = urls(false);
		for (String url : new String[] { "http://127.0.0.1:8080/x", "http://localhost/x", "http://10.1.2.3/",
				"https://172.20.0.1/", "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data",
				"http://[::1]/", "http://0.0.0.0/", "http://100.64.1.1/", "http://[fd00::1]/" }) {
			assertThat(urls.problem(url)).as(url).isEqualTo("webhook.validation.internal");
		}
		assertThat(urls.problem("https://93.184.215.14/hook")).isNull();
	}

	@Test
	void onlyPlainHttpAddressesAreAccepted() {
		WebhookUrls urls = urls(true);
		for (String url : new String[] { "ftp://example.org/", "file:///etc/passwd", "https://user:pw@example.org/",
				"not a url", "", "https:///nohost", "gopher://127.0.0.1:25/" }) {
			assertThat(urls.problem(url)).as(url).isEqualTo("webhook.validation.url");
		}
		assertThat(urls.problem("http://127.0.0.1:9000/hook")).isNull();
	}

}
