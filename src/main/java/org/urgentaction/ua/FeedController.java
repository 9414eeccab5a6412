package org.urgentaction.ua;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.AppProperties;

/**
 * An Atom feed (RFC 4287) of published documents, newest first.
 */
@RestController
class FeedController {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

	private final UaCatalogue catalogue;

	private final UaLinks links;

	private final AppProperties properties;

	private final UaTranslations translations;

	private final UaService service;

	private final MessageSource messages;

	FeedController(UaCatalogue catalogue, UaLinks links, AppProperties properties, UaTranslations translations,
			UaService service, MessageSource messages) {
		this.catalogue = catalogue;
		this.translations = translations;
		this.links = links;
		this.properties = properties;
		this.service = service;
		this.messages = messages;
	}

	@GetMapping(value = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	ResponseEntity<String> feed(@RequestParam(required = false) String lang) throws XMLStreamException {
		String language = LanguageTag.normalise(lang).orElse(null);
		String query = (language == null) ? "" : "?lang=" + language;
		List<Localized> documents = catalogue.recentlyPublished(50)
			.stream()
			.map((document) -> (language == null) ? new Localized(document, null, null, List.of())
					: translations.localized(document, language))
			.toList();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		if (language != null) {
			xml.writeAttribute("xml", XML_NS, "lang", language);
		}
		element(xml, "title", properties.site().name() + ": Urgent Actions");
		element(xml, "id", links.url("/feed.atom" + query));
		link(xml, "self", links.url("/feed.atom" + query), "application/atom+xml");
		link(xml, "alternate", links.url("/uas" + query), "text/html");
		Instant updated = documents.isEmpty() ? Instant.EPOCH : documents.get(0).document().publishedAt();
		element(xml, "updated", timestamp(updated));
		xml.writeStartElement("author");
		element(xml, "name", properties.site().name());
		xml.writeEndElement();
		Locale feedLocale = (language == null) ? Locale.ENGLISH : Locale.forLanguageTag(language);
		Map<Long, CaseStop> stops = new HashMap<>();
		for (Localized localized : documents) {
			UaDocument document = localized.document();
			CaseStop stop = stops.computeIfAbsent(document.caseId(),
					(caseId) -> service.findCase(caseId).map(UaCase::stop).orElse(null));
			xml.writeStartElement("entry");
			if (language != null) {
				xml.writeAttribute("xml", XML_NS, "lang", localized.language());
			}
			String title = "UA " + document.uaNumber() + " (" + document.country() + "): " + document.title();
			element(xml, "title", (stop == null) ? title
					: messages.getMessage("casestop.feed.title", new Object[] { title }, feedLocale));
			element(xml, "id", "tag:" + host() + ",2019:ua-document-" + document.id());
			link(xml, "alternate", links.url(document) + (localized.fellBackFrom(language) ? "" : query), "text/html");
			element(xml, "published", timestamp(document.publishedAt()));
			Instant entryUpdated = document.updatedAt().isAfter(document.publishedAt()) ? document.updatedAt()
					: document.publishedAt();
			if (stop != null && stop.stoppedAt().isAfter(entryUpdated)) {
				entryUpdated = stop.stoppedAt();
			}
			element(xml, "updated", timestamp(entryUpdated));
			for (String theme : document.themes()) {
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", theme);
			}
			xml.writeStartElement("summary");
			xml.writeAttribute("type", "text");
			String summary = (document.summary() == null) ? document.title() : document.summary();
			xml.writeCharacters(clean((stop == null) ? summary : stop.message() + "\n\n" + summary));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().body(out.toString());
	}

	private String host() {
		return properties.site().baseUrl().replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	/**
	 * Removes the control characters that XML 1.0 does not allow.
	 */
	private static String clean(String text) {
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
	}

	private static String timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toString();
	}

}
