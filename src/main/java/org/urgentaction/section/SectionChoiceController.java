package org.urgentaction.section;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where the question "Where do you live?" is answered (a plain form, no script): the
 * country is remembered in a cookie sent only to UA pages, and the visitor goes back to
 * the page with the version of their section.
 */
@Controller
class SectionChoiceController {

	static final String COOKIE = "ua-section-country";

	/** Also read by the report form, which then proposes the same country. */
	static final String REPORT_COUNTRY_COOKIE = "ua-country";

	static final String OTHER = "other";

	static final Pattern UA_PAGE = Pattern.compile("/uas/\\d+/[a-z0-9-]+");

	private static final Set<String> COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

	@GetMapping("/sections/choose")
	ResponseEntity<Void> choose(@RequestParam(required = false) String country,
			@RequestParam(required = false) String back, HttpServletResponse response) {
		String page = (back != null && UA_PAGE.matcher(back).matches()) ? back : "/uas";
		String choice = remembered(country);
		if (choice == null) {
			return redirect(page);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(COOKIE, choice));
		if (!OTHER.equals(choice)) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(REPORT_COUNTRY_COOKIE, choice));
		}
		return redirect(page.equals("/uas") ? page : page + "?country=" + choice);
	}

	/** The country code to remember, {@code other} for a country left unnamed. */
	static String remembered(String country) {
		if (country == null || country.isBlank()) {
			return null;
		}
		String code = country.strip();
		if (OTHER.equalsIgnoreCase(code)) {
			return OTHER;
		}
		code = code.toUpperCase(Locale.ROOT);
		return COUNTRIES.contains(code) ? code : null;
	}

	private static String cookie(String name, String value) {
		return name + "=" + value + "; Path=/uas; Max-Age=31536000; HttpOnly; SameSite=Lax";
	}

	private static ResponseEntity<Void> redirect(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
	}

}
