package org.urgentaction.ua;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A document form's field path in words for error summaries and import warnings:
 * {@code targets[1].emails} is "Target 2: Emails", {@code title} "Headline". Templates
 * call it as {@code @uaFieldLabels.of(path)}.
 */
@Component("uaFieldLabels")
public class FieldLabels {

	private static final Pattern INDEXED = Pattern.compile("(persons|targets)\\[(\\d+)]\\.?(\\w*).*");

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String path) {
		if (path == null || path.isBlank()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		Matcher indexed = INDEXED.matcher(path);
		if (indexed.matches()) {
			int number = Integer.parseInt(indexed.group(2)) + 1;
			boolean person = indexed.group(1).equals("persons");
			String whole = person ? message("ua.field.persons", locale) + " " + number
					: message("admin.ua.targetN", locale, number);
			String field = indexed.group(3);
			if (field.isEmpty()) {
				return whole;
			}
			String label = person ? first(locale, field, "ua.field." + (field.equals("name") ? "personName" : field))
					: first(locale, field, "admin.ua.target." + field, "ua.target." + field);
			return whole + ": " + label;
		}
		String field = path.replaceAll("\\[\\d+]", "").replaceAll("\\..*", "");
		return first(locale, field, "ua.field." + field);
	}

	private String first(Locale locale, String fallback, String... codes) {
		for (String code : codes) {
			String found = messages.getMessage(code, null, null, locale);
			if (found != null) {
				return found;
			}
		}
		return fallback;
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}

}
