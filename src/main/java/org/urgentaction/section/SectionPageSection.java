package org.urgentaction.section;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaLinks;
import org.urgentaction.ua.UaPageSection;

/**
 * On the public page of a document: without a choice, the question "Where do you live?"
 * (the same for every visitor, so the page stays shareable from memory); with
 * {@code ?country=} or {@code ?section=}, that section's version (its copy targets, note
 * and office), or word that the country has no section.
 */
@Component
class SectionPageSection implements UaPageSection {

	private final Sections sections;

	private final SectionVersions versions;

	SectionPageSection(Sections sections, SectionVersions versions) {
		this.sections = sections;
		this.versions = versions;
	}

	@Override
	public String slot() {
		return SLOT_ACT;
	}

	/** After "Take action": the copies follow the letters to the officials. */
	@Override
	public int order() {
		return 100;
	}

	@Override
	public String template() {
		return "section/page :: section";
	}

	@Override
	public Map<String, Object> model(UaDocument document) {
		if (!document.isPublished()) {
			return Map.of();
		}
		String back = UaLinks.path(document);
		HttpServletRequest request = currentRequest();
		String code = (request == null) ? null : request.getParameter("section");
		String country = (request == null) ? null : request.getParameter("country");
		if (isBlank(code) && isBlank(country)) {
			return chooser(back);
		}
		Optional<Section> section = isBlank(code) ? sections.forCountry(country) : sections.find(code);
		if (section.isEmpty()) {
			return Map.of("mode", "none", "back", back);
		}
		SectionVersion version = versions.of(document.id(), section.get().code());
		return Map.of("mode", "version", "back", back, "section", section.get(), "version", version);
	}

	private Map<String, Object> chooser(String back) {
		Locale locale = LocaleContextHolder.getLocale();
		Collator collator = Collator.getInstance(locale);
		Map<String, String> countries = new LinkedHashMap<>();
		sections.all()
			.stream()
			.flatMap((section) -> section.countries().stream())
			.map((code) -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Map.Entry::getValue, collator))
			.forEach((entry) -> countries.put(entry.getKey(), entry.getValue()));
		if (countries.isEmpty()) {
			return Map.of();
		}
		return Map.of("mode", "choose", "back", back, "countries", countries);
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
