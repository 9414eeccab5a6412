package org.urgentaction.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaCase;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaLinks;
import org.urgentaction.ua.UaPageSection;
import org.urgentaction.ua.UaService;

/**
 * "Take action" on the public page of a published document of an open case: per target a
 * letter composer, email, fax, phone and social links. After the deadline it shows a
 * notice instead; for a draft or a closed case it shows nothing.
 */
@Component
class TakeActionSection implements UaPageSection {

	private final UaService uas;

	private final UaLinks links;

	private final MessageSource messages;

	private final Clock clock;

	private final PostalDays postalDays;

	TakeActionSection(UaService uas, UaLinks links, MessageSource messages, Clock clock, PostalDays postalDays) {
		this.uas = uas;
		this.links = links;
		this.messages = messages;
		this.clock = clock;
		this.postalDays = postalDays;
	}

	@Override
	public String slot() {
		return SLOT_ACT;
	}

	@Override
	public String template() {
		return "letter/take-action :: section";
	}

	@Override
	public Map<String, Object> model(UaDocument document) {
		return model(document, null);
	}

	/**
	 * The letter goes out in the language of the document's text; so does the subject of
	 * its email.
	 */
	@Override
	public Map<String, Object> model(UaDocument document, String textLanguage) {
		boolean acceptsActions = uas.findCase(document.caseId()).map(UaCase::acceptsActions).orElse(false);
		if (!document.isPublished() || !acceptsActions) {
			return Map.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("deadlinePassed", document.deadlinePassed(today));
		model.put("daysLeft", document.daysLeft(today));
		model.put("languages", languages(document.preferredLanguages(), locale));
		model.put("letterAction", "/uas/" + document.id() + "/letters");
		model.put("paper", Paper.usualIn(locale.getCountry()).name());
		List<Map<String, Object>> targets = document.targets()
			.stream()
			.map((target) -> targetActions(document, target, locale, letterLocale(textLanguage, locale)))
			.toList();
		new ChannelAdvice(postalDays).advise(document, today, targets);
		model.put("targets", targets);
		model.put("postLate", targets.stream().anyMatch((t) -> Boolean.TRUE.equals(t.get("postLate"))));
		model.put("callAbout", CallScript.about(document, messages, locale));
		model.put("callDemands", CallScript.demands(document));
		model.put("allTargetsText",
				document.targets().isEmpty() ? "" : DefaultLetter.forTarget(document, document.targets().get(0)));
		return model;
	}

	private static Locale letterLocale(String textLanguage, Locale locale) {
		return (textLanguage == null || textLanguage.isBlank()) ? locale : Locale.forLanguageTag(textLanguage);
	}

	private Map<String, Object> targetActions(UaDocument document, Target target, Locale locale, Locale letterLocale) {
		String letter = DefaultLetter.forTarget(document, target);
		Map<String, Object> actions = new LinkedHashMap<>();
		actions.put("target", target);
		actions.put("letter", letter);
		actions.put("recipient", new Letter(target, null, null, "", null, locale).recipientLines());
		if (!target.emails().isEmpty()) {
			String subject = messages.getMessage("letter.email.subject",
					new Object[] { document.uaNumber(), subjectPersons(document) }, letterLocale);
			actions.put("mail", MailtoLink.of(target.emails(), subject, letter));
		}
		actions.put("faxes", target.faxes().stream().map((n) -> PhoneNumber.of(n, target.country())).toList());
		actions.put("phones", target.phones().stream().map((n) -> PhoneNumber.of(n, target.country())).toList());
		actions.put("posts", target.twitter().stream().map((handle) -> post(document, handle, locale)).toList());
		actions.put("facebook", target.facebook().stream().map(TakeActionSection::facebookPage).toList());
		return actions;
	}

	private XPost post(UaDocument document, String handle, Locale locale) {
		String at = handle.strip().startsWith("@") ? handle.strip() : "@" + handle.strip();
		String url = links.url(document);
		String persons = document.personNames().isEmpty() ? document.title() : document.personNames();
		String message = messages.getMessage("letter.post.text", new Object[] { at, persons, document.uaNumber() },
				locale);
		return XPost.of(XPost.fit(message, XPost.MAX_WEIGHT - XPost.URL_WEIGHT - 1) + " " + url);
	}

	static String facebookPage(String page) {
		String name = page.strip();
		if (name.matches("https://(www\\.|m\\.)?facebook\\.com/\\S+")) {
			return name;
		}
		return "https://www.facebook.com/" + name.replaceFirst("^@", "").replaceAll("[^\\p{L}\\p{N}._-]", "");
	}

	private static String subjectPersons(UaDocument document) {
		return document.personNames().isEmpty() ? document.title() : document.personNames();
	}

	/** "Kazakh, Russian or English" in the page's language. */
	private String languages(List<String> written, Locale locale) {
		List<String> languages = written.stream().map((name) -> LanguageNames.in(name, locale)).toList();
		if (languages.isEmpty()) {
			return "";
		}
		if (languages.size() == 1) {
			return languages.get(0);
		}
		String or = messages.getMessage("letter.languages.or", null, locale);
		return String.join(", ", languages.subList(0, languages.size() - 1)) + " " + or + " "
				+ languages.get(languages.size() - 1);
	}

}
