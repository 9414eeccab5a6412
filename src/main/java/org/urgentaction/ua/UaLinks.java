package org.urgentaction.ua;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;

/**
 * Stable, readable addresses of public pages:
 * {@code /uas/12/46-19-human-rights-defender}.
 */
@Component
public class UaLinks {

	private final String baseUrl;

	UaLinks(AppProperties properties) {
		this.baseUrl = properties.site().baseUrl().replaceAll("/+$", "");
	}

	public static String path(UaDocument document) {
		return "/uas/" + document.id() + "/" + slug(document);
	}

	/**
	 * {@link #path(UaDocument)} for templates, which call beans rather than static
	 * methods.
	 */
	public String pathOf(UaDocument document) {
		return path(document);
	}

	public String url(UaDocument document) {
		return baseUrl + path(document);
	}

	public String url(String path) {
		return baseUrl + path;
	}

	static String slug(UaDocument document) {
		String words = Normalizer.normalize(document.title() == null ? "" : document.title(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		if (words.length() > 60) {
			words = words.substring(0, 60).replaceAll("-[^-]*$", "");
		}
		String number = UaNumber.slug(document.uaNumber());
		return words.isEmpty() ? number : number + "-" + words;
	}

}
