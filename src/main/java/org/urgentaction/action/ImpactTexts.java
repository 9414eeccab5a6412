package org.urgentaction.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;

/**
 * The texts of the impact report in one language, from {@code i18n/action*.properties},
 * formatted with ICU MessageFormat (plurals such as Russian one/few/many) whatever the
 * application's message source does; English where the language has no bundle.
 */
final class ImpactTexts {

	private static final String PREFIX = "action.impact.pdf.";

	private final ResourceBundle bundle;

	private final Locale locale;

	ImpactTexts(Locale locale) {
		this.bundle = ResourceBundle.getBundle("i18n/action", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : locale;
	}

	Locale locale() {
		return locale;
	}

	String text(String key, Object... args) {
		return new MessageFormat(bundle.getString(PREFIX + key), locale).format(args);
	}

	String day(LocalDate date) {
		return DateTimeFormatter.ofPattern(bundle.getString(PREFIX + "datePattern"), locale).format(date);
	}

	String dayOfYear(LocalDate date) {
		return DateTimeFormatter.ofPattern(bundle.getString(PREFIX + "dayMonthPattern"), locale).format(date);
	}

}
