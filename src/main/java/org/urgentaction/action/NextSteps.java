package org.urgentaction.action;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urgentaction.ua.UaCatalogue;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaFilter;
import org.urgentaction.ua.UaLinks;

/**
 * What the thank-you page offers next: other open Urgent Actions and ways to share the
 * page (plain links; nothing is loaded from the sites they lead to).
 */
@Component
class NextSteps {

	static final int OTHERS = 3;

	private final UaCatalogue catalogue;

	private final UaLinks links;

	private final MessageSource messages;

	NextSteps(UaCatalogue catalogue, UaLinks links, MessageSource messages) {
		this.catalogue = catalogue;
		this.links = links;
		this.messages = messages;
	}

	List<UaDocument> otherOpenCases(UaDocument document) {
		return catalogue.openCases(UaFilter.none(), 0, OTHERS + 1)
			.items()
			.stream()
			.filter((other) -> !other.caseId().equals(document.caseId()))
			.limit(OTHERS)
			.toList();
	}

	/** The page's address and the share links: email, X, WhatsApp, Facebook. */
	Share share(UaDocument document) {
		Locale locale = LocaleContextHolder.getLocale();
		String url = links.url(document);
		String text = messages.getMessage("action.share.text", new Object[] { document.title() }, locale);
		return new Share(url, "mailto:?subject=" + encode(text) + "&body=" + encode(text + "\n\n" + url),
				"https://x.com/intent/post?text=" + encode(text + " " + url),
				"https://wa.me/?text=" + encode(text + " " + url),
				"https://www.facebook.com/sharer/sharer.php?u=" + encode(url));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	record Share(String url, String mail, String x, String whatsapp, String facebook) {
	}

}
