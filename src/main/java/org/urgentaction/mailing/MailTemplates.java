package org.urgentaction.mailing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates in {@code templates/mailing/}: {@code name.html} as HTML and
 * {@code name.txt} as plain text, with the texts of {@code i18n/mailing*.properties}.
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final Set<String> languages = new TreeSet<>();

	MailTemplates(MessageSource messages) {
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		engine.setTemplateEngineMessageSource(messages);
		languages.add("en");
		for (String language : Locale.getISOLanguages()) {
			if (new ClassPathResource("i18n/mailing_" + language + ".properties").exists()) {
				languages.add(language);
			}
		}
	}

	/**
	 * The first of the subscriber's languages that the mails are translated into; English
	 * otherwise.
	 */
	Locale localeFor(List<String> preferred) {
		return preferred.stream()
			.filter(languages::contains)
			.findFirst()
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
	}

	String html(String name, Map<String, Object> model, Locale locale) {
		return engine.process(name + ".html", new Context(locale, model));
	}

	String text(String name, Map<String, Object> model, Locale locale) {
		return engine.process(name + ".txt", new Context(locale, model));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mailing/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
