package org.urgentaction.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.text.Format;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * Messages from UTF-8 resource bundles, formatted with ICU's MessageFormat: plural rules
 * of every language ({@code {0, plural, one {# day} other {# days}}}), numbers and dates
 * in the visitor's locale. A key missing in a language falls back to the English base
 * file. As with Spring's own source, a message given no arguments is returned as written.
 * Dates for a {@code {0, date, ...}} argument may be {@code java.time} values.
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
		synchronized (format) {
			Format[] byIndex = format.usesNamedArguments() ? new Format[0] : format.getFormatsByArgumentIndex();
			for (int i = 0; i < values.length && i < byIndex.length; i++) {
				if (byIndex[i] instanceof DateFormat) {
					values[i] = calendar(values[i]);
				}
			}
			return format.format(values);
		}
	}

	/**
	 * A java.time value as a calendar that a date format shows as it is: a day stays that
	 * day whatever the server's time zone.
	 */
	private static Object calendar(Object value) {
		ZonedDateTime time;
		if (value instanceof LocalDate date) {
			time = date.atStartOfDay(ZoneOffset.UTC);
		}
		else if (value instanceof LocalDateTime dateTime) {
			time = dateTime.atZone(ZoneOffset.UTC);
		}
		else if (value instanceof OffsetDateTime dateTime) {
			time = dateTime.toZonedDateTime();
		}
		else if (value instanceof ZonedDateTime dateTime) {
			time = dateTime;
		}
		else if (value instanceof Instant instant) {
			time = instant.atZone(ZoneOffset.UTC);
		}
		else {
			return value;
		}
		String zone = (time.getZone() instanceof ZoneOffset offset)
				? "GMT" + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId()) : time.getZone().getId();
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone), ULocale.ROOT);
		calendar.setTimeInMillis(time.toInstant().toEpochMilli());
		return calendar;
	}

	private record FormatKey(String pattern, Locale locale) {
	}

}
