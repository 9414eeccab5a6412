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

	private static final List<String> PLACEHOLDERS = List.of(GREETING, MANAGE, UNSUBSCRIBE);

	private final Map<String, Rendered> rendered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
			return size() > 64;
		}
	});

	MailComposer(MailTemplates templates, MessageSource messages, SubscriberTokens tokens, UaService documents,
			UaLinks links, MailingDocuments mailingDocuments, AppProperties properties, Clock clock) {
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
	Composed compose(Claimed message, Subscriber subscriber) {
		Locale locale = templates.localeFor(subscriber.languages());
		String token = tokens.create(Purpose.MANAGE, subscriber.id());
		String manageUrl = links.url("/subscriptions/manage/" + token);
		String unsubscribeUrl = links.url("/subscriptions/unsubscribe/" + token);
		Rendered composed = switch (message.kind()) {
			case UA, REMINDER ->
				rendered.computeIfAbsent(message.mailingId() + ":" + locale, (key) -> document(message, locale));
			case DIGEST -> digest(message, subscriber, locale);
			case CONFIRM -> personal("confirm", locale, Map.of("link",
					links.url("/subscriptions/confirm/" + tokens.create(Purpose.CONFIRM, subscriber.id()))));
			case DATA_LINK -> personal("data-link", locale,
					Map.of("link", links.url("/subscriptions/data/" + tokens.create(Purpose.DATA, subscriber.id()))));
			case ALREADY_SUBSCRIBED -> personal("already-subscribed", locale, Map.of());
		};
		if (composed == null) {
			return null;
		}
		String greeting = (subscriber.name() == null) ? messages.getMessage("mailing.greeting", null, locale)
				: messages.getMessage("mailing.greeting.named", new Object[] { subscriber.name() }, locale);
		String text = composed.text().fill(Map.of(GREETING, greeting, MANAGE, manageUrl, UNSUBSCRIBE, unsubscribeUrl));
		String html = composed.html()
			.fill(Map.of(GREETING, HtmlUtils.htmlEscape(greeting), MANAGE, manageUrl, UNSUBSCRIBE, unsubscribeUrl));
		return new Composed(composed.subject(), text, html, unsubscribeUrl, message.kind().listMail());
	}

	private Rendered document(Claimed message, Locale locale) {
		UaDocument document = documents.get(message.documentId());
		Map<String, Object> model = base();
		model.put("doc", document);
		model.put("actUrl", links.url(document));
		model.put("reminder", message.kind() == MessageKind.REMINDER);
		model.put("daysLeft", document.daysLeft(LocalDate.now(clock)));
		model.put("outcome", document.outcome());
		String subjectKey = (message.kind() == MessageKind.REMINDER) ? "mailing.subject.reminder"
				: "mailing.subject." + document.kind();
		String subject = messages.getMessage(subjectKey, new Object[] { document.uaNumber(), document.title(),
				document.daysLeft(LocalDate.now(clock)), document.country() }, locale);
		return Rendered.of(subject, templates.text("ua", model, locale), templates.html("ua", model, locale));
	}

	private Rendered digest(Claimed message, Subscriber subscriber, Locale locale) {
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
		return Rendered.of(subject, templates.text("digest", model, locale), templates.html("digest", model, locale));
	}

	private Rendered personal(String template, Locale locale, Map<String, Object> extra) {
		Map<String, Object> model = base();
		model.putAll(extra);
		String subject = messages.getMessage("mailing.subject." + template, new Object[] { siteName }, locale);
		return Rendered.of(subject, templates.text(template, model, locale), templates.html(template, model, locale));
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
	 * A message rendered with placeholders for the greeting and the links of its
	 * recipient.
	 */
	private record Rendered(String subject, Placeholders text, Placeholders html) {

		static Rendered of(String subject, String text, String html) {
			return new Rendered(subject, Placeholders.split(text, PLACEHOLDERS),
					Placeholders.split(html, PLACEHOLDERS));
		}

	}

	/**
	 * A message's content; {@code unsubscribeUrl} is set for mails that carry the
	 * List-Unsubscribe headers.
	 */
	record Composed(String subject, String text, String html, String unsubscribeUrl, boolean listMail) {
	}

}
