package org.urgentaction.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Which addresses webhooks may go to: {@code http} or {@code https} URLs without user
 * information, whose host does not resolve to this machine or a private, link-local or
 * multicast network (an administrator must not make the server call its own internal
 * services), unless {@code ua.webhooks.allow-internal-addresses} is set. Checked when an
 * endpoint is registered and again before every delivery, since DNS may change.
 */
@Component
class WebhookUrls {

	private final boolean allowInternal;

	WebhookUrls(WebhookProperties properties) {
		this.allowInternal = properties.allowInternalAddresses();
	}

	/**
	 * Null when the URL may be used, else the message key of the reason.
	 */
	String problem(String url) {
		if (url == null || url.isBlank() || url.length() > 2000) {
			return "webhook.validation.url";
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return "webhook.validation.url";
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null
				|| uri.getFragment() != null) {
			return "webhook.validation.url";
		}
		if (allowInternal) {
			return null;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (internal(address)) {
					return "webhook.validation.internal";
				}
			}
		}
		catch (UnknownHostException ex) {
			return "webhook.validation.unknownHost";
		}
		return null;
	}

	private static boolean internal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress() || carrierGradeNat || uniqueLocal;
	}

}
