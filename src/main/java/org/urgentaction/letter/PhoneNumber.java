package org.urgentaction.letter;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A fax or phone number as written in the document, with its international form
 * ({@code +77172506402} for {@code +7 7172 506 402}) when it can be known: numbers
 * written without a country code are read in the target's country.
 */
public record PhoneNumber(String written, String international) {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	static PhoneNumber of(String written, String targetCountry) {
		return new PhoneNumber(written, international(written, targetCountry).orElse(null));
	}

	/** A {@code tel:} link, or {@code null} when the number is not understood. */
	public String telHref() {
		return (international == null) ? null : "tel:" + international;
	}

	static Optional<String> international(String written, String targetCountry) {
		if (written == null || written.isBlank()) {
			return Optional.empty();
		}
		String number = written.strip().replaceFirst("^00", "+");
		try {
			Phonenumber.PhoneNumber parsed = PHONES.parse(number, regionOf(targetCountry));
			if (!PHONES.isPossibleNumber(parsed)) {
				return Optional.empty();
			}
			return Optional.of(PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The ISO region of a country written in English ("Kazakhstan", "United States") or
	 * as a code.
	 */
	static String regionOf(String country) {
		if (country == null || country.isBlank()) {
			return "ZZ";
		}
		String name = country.strip();
		if (name.length() == 2) {
			return name.toUpperCase(Locale.ROOT);
		}
		for (String code : Locale.getISOCountries()) {
			if (new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(name)) {
				return code;
			}
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "usa", "united states of america", "us" -> "US";
			case "uk", "great britain", "britain", "england", "scotland", "wales" -> "GB";
			case "russia" -> "RU";
			case "iran" -> "IR";
			default -> "ZZ";
		};
	}

}
