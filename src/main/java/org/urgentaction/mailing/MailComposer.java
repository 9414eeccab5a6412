package org.urgentaction.mailing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.urgentaction.mailing.OutboxRepository.Claimed;
import org.urgentaction.section.Section;
import org.urgentaction.section.SectionVersions;
import org.urgentaction.subscriber.Subscriber;
import org.urgentaction.subscriber.SubscriberTokens;
import org.urgentaction.subscriber.SubscriberTokens.Purpose;
import org.urgentaction.system.AppProperties;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaLinks;
import org.urgentaction.ua.UaService;

/**
 * Writes the subject, plain text and HTML of each message in the subscriber's language. A
 * mailing's text is rendered once per language with placeholders for the per-recipient
 * parts (greeting and links), which keeps 100,000 messages cheap.
 */
@Component
class MailComposer {

	private static final String GREETING = "ua-placeholder-greeting-7f3a";

	private static final String MANAGE = "ua-placeholder-manage-7f3a";

	private static final String UNSUBSCRIBE = "ua-placeholder-unsubscribe-7f3a";

	private final MailTemplates templates;

	private final MessageSource messages;

	private final SubscriberTokens tokens;

	private final UaService documents;

	private final UaLinks links;

	private final MailingDocuments mailingDocuments;

	private final String siteName;

	private final Clock clock;

	private static final String HTML_GREETING = "ua-placeholder-html-greeting-7f3a";

	private static final List<String> TEXT_PLACEHOLDERS = List.of(GREETING, MANAGE, UNSUBSCRIBE);

	private static final List<String> HTML_PLACEHOLDERS = List.of(HTML_GREETING, MANAGE, UNSUBSCRIBE);

	private final MailEncoder encoder;

	private final SectionSnapshot sections;

	private final SectionVersions sectionVersions;

	private final Map<String, EncodedMail> rendered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, EncodedMail> eldest) {
			return size() > 64;
		}
	});

	MailComposer(MailTemplates templates, MessageSource messages, SubscriberTokens tokens, UaService documents,
			UaLinks links, MailingDocuments mailingDocuments, MailEncoder encoder, AppProperties properties,
			Clock clock, SectionSnapshot sections, SectionVersions sectionVersions) {
		this.encoder = encoder;
		this.sections = sections;
		this.sectionVersions = sectionVersions;
		this.templates = templates;
		this.messages = messages;
		this.tokens = tokens;
		this.documents = documents;
		this.links = links;
		this.mailingDocuments = mailingDocuments;
		this.siteName = properties.site().name();
		this.clock = clock;
	}

	/**
	 * The message for one recipient, or null when there is nothing to send (a digest
	 * whose documents no longer match).
	 */
	OutgoingMessage compose(Claimed message, Subscriber subscriber) {
		Locale locale = templates.localeFor(subscriber.languages());
		String token = tokens.create(Purpose.MANAGE, subscriber.id());
		String manageUrl = links.url("/subscriptions/manage/" + token);
		String unsubscribeUrl = links.url("/subscriptions/unsubscribe/" + token);
		EncodedMail composed = switch (message.kind()) {
			case UA, REMINDER -> {
				Section section = sections.of(subscriber.country());
				yield rendered.computeIfAbsent(
						message.mailingId() + ":" + locale + ((section == null) ? "" : ":" + section.code()),
						(key) -> document(message, locale, section));
			}
			case DIGEST -> digest(message, subscriber, locale);
			case CONFIRM -> personal("confirm", message.kind(), locale, Map.of("link",
					links.url("/subscriptions/confirm/" + tokens.create(Purpose.CONFIRM, subscriber.id()))));
			case DATA_LINK -> personal("data-link", message.kind(), locale,
					Map.of("link", links.url("/subscriptions/data/" + tokens.create(Purpose.DATA, subscriber.id()))));
			case ALREADY_SUBSCRIBED -> personal("already-subscribed", message.kind(), locale, Map.of());
		};
		if (composed == null) {
			return null;
		}
		String greeting = (subscriber.name() == null) ? messages.getMessage("mailing.greeting", null, locale)
				: messages.getMessage("mailing.greeting.named", new Object[] { subscriber.name() }, locale);
		Map<String, String> values = Map.of(GREETING, greeting, HTML_GREETING, HtmlUtils.htmlEscape(greeting), MANAGE,
				manageUrl, UNSUBSCRIBE, unsubscribeUrl);
		return encoder.address(composed, message.id(), subscriber.email(),
				message.kind().listMail() ? unsubscribeUrl : null, values);
	}

	/**
	 * The document's mail as a section sends it to its subscribers: with its copy
	 * targets, its note, its sender and its postal address; the network's without one.
	 */
	private EncodedMail document(Claimed message, Locale locale, Section section) {
		UaDocument document = documents.get(message.documentId());
		Map<String, Object> model = base();
		model.put("doc", document);
		model.put("actUrl", links.url(document) + ((section == null) ? "" : "?section=" + section.code()));
		model.put("section", section);
		model.put("sectionVersion", (section == null) ? null : sectionVersions.of(document.id(), section.code()));
		model.put("reminder", message.kind() == MessageKind.REMINDER);
		model.put("daysLeft", document.daysLeft(LocalDate.now(clock)));
		model.put("outcome", document.outcome());
		String subjectKey = (message.kind() == MessageKind.REMINDER) ? "mailing.subject.reminder"
				: "mailing.subject." + document.kind();
		String subject = messages.getMessage(subjectKey, new Object[] { document.uaNumber(), document.title(),
				document.daysLeft(LocalDate.now(clock)), document.country() }, locale);
		return encode(subject, message.kind(), model, "ua", locale, (section == null) ? null : section.sender().name());
	}

	private EncodedMail digest(Claimed message, Subscriber subscriber, Locale locale) {
		Instant from = message.periodStart();
		Instant to = message.periodEnd();
		List<UaDocument> included = mailingDocuments.digestDocuments(subscriber.id(), from, to)
			.stream()
			.map(documents::get)
			.toList();
		if (included.isEmpty()) {
			return null;
		}
		Map<String, Object> model = base();
		model.put("docs", included);
		Map<Long, String> urls = new HashMap<>();
		included.forEach((d) -> urls.put(d.id(), links.url(d)));
		model.put("urls", urls);
		model.put("week", LocalDate.ofInstant(to, ZoneOffset.UTC));
		String subject = messages.getMessage("mailing.subject.digest", new Object[] { included.size() }, locale);
		return encode(subject, message.kind(), model, "digest", locale);
	}

	private EncodedMail personal(String template, MessageKind kind, Locale locale, Map<String, Object> extra) {
		Map<String, Object> model = base();
		model.putAll(extra);
		String subject = messages.getMessage("mailing.subject." + template, new Object[] { siteName }, locale);
		return encode(subject, kind, model, template, locale);
	}

	private Map<String, Object> base() {
		Map<String, Object> model = new HashMap<>();
		model.put("siteName", siteName);
		model.put("greeting", GREETING);
		model.put("manageUrl", MANAGE);
		model.put("unsubscribeUrl", UNSUBSCRIBE);
		return model;
	}

	/**
	 * The HTML template writes the greeting escaped; its placeholder is then replaced by
	 * the escaped greeting.
	 */
	private EncodedMail encode(String subject, MessageKind kind, Map<String, Object> model, String template,
			Locale locale) {
		return encode(subject, kind, model, template, locale, null);
	}

	private EncodedMail encode(String subject, MessageKind kind, Map<String, Object> model, String template,
			Locale locale, String senderName) {
		String text = templates.text(template, model, locale);
		model.put("greeting", HTML_GREETING);
		String html = templates.html(template, model, locale);
		return encoder.encode(subject, text, html, kind.listMail(), TEXT_PLACEHOLDERS, HTML_PLACEHOLDERS, senderName);
	}

}
