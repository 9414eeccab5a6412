package org.urgentaction.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * Messages from UTF-8 resource bundles, formatted with ICU's MessageFormat: plural rules
 * of every language ({@code {0, plural, one {# day} other {# days}}}), numbers and dates
 * in the visitor's locale. A key missing in a language falls back to the English base
 * file. As with Spring's own source, a message given no arguments is returned as written.
 * Dates may be passed as {@code java.time} values.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<FormatKey, MessageFormat> formats = new ConcurrentHashMap<>();

	public IcuMessageSource() {
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null || (!isAlwaysUseMessageFormat() && ObjectUtils.isEmpty(args))) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale target = (locale != null) ? locale : Locale.ENGLISH;
		String pattern = resolveCodeWithoutArguments(code, target);
		if (pattern == null) {
			return super.getMessageInternal(code, args, locale);
		}
		return format(pattern, resolveArguments(args, target), target);
	}

	/** Formats one ICU pattern, as the bundles' messages are. */
	public String format(String pattern, Object[] args, Locale locale) {
		MessageFormat format = formats.computeIfAbsent(new FormatKey(pattern, locale),
				(key) -> new MessageFormat(key.pattern(), ULocale.forLocale(key.locale())));
		Object[] values = (args != null) ? args.clone() : new Object[0];
		for (int i = 0; i < values.length; i++) {
			values[i] = icuValue(values[i]);
		}
		synchronized (format) {
			return format.format(values);
		}
	}

	private static Object icuValue(Object value) {
		ZoneId zone = ZoneId.systemDefault();
		if (value instanceof LocalDate date) {
			return Date.from(date.atStartOfDay(zone).toInstant());
		}
		if (value instanceof LocalDateTime dateTime) {
			return Date.from(dateTime.atZone(zone).toInstant());
		}
		if (value instanceof Instant instant) {
			return Date.from(instant);
		}
		if (value instanceof OffsetDateTime dateTime) {
			return Date.from(dateTime.toInstant());
		}
		if (value instanceof ZonedDateTime dateTime) {
			return Date.from(dateTime.toInstant());
		}
		return value;
	}

	private record FormatKey(String pattern, Locale locale) {
	}

}
