package org.urgentaction.letter;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With fewer days left than the post takes, a UA page leads with the faster ways to act
 * and says why; with time enough, the letter comes first as before.
 */
@AppTest
class ChannelAdviceTests {

	private static final String LATE_NOTICE = "a posted letter would likely arrive too late";

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Autowired
	PostalDays postalDays;

	@Test
	void withThreeDaysLeftTheFirstActionIsNotThePostalLetter() {
		UaDocument soon = publish("621/07", "Uzbekistan", 3);
		String page = new Http(port).get(soon.path()).body();

		assertThat(page).contains(LATE_NOTICE, "the letter would likely arrive too late");
		assertThat(firstAction(page)).isNotEqualTo("download-letter");
		assertThat(page).contains("class=\"download-letter secondary late\"");
	}

	@Test
	void withThirtyDaysLeftTheLetterComesFirstAsBefore() {
		UaDocument later = publish("622/07", "Uzbekistan", 30);
		String page = new Http(port).get(later.path()).body();

		assertThat(page).doesNotContain(LATE_NOTICE, "post-late");
		assertThat(firstAction(page)).isEqualTo("download-letter");
	}

	@Test
	void staffSetALongerPostalTimeForOneCountry() {
		postalDays.set("Nauru", "40", "test");
		try {
			UaDocument far = publish("623/07", "Nauru", 30);
			UaDocument near = publish("624/07", "Uzbekistan", 30);

			assertThat(firstAction(new Http(port).get(far.path()).body())).isNotEqualTo("download-letter");
			assertThat(firstAction(new Http(port).get(near.path()).body())).isEqualTo("download-letter");
		}
		finally {
			postalDays.remove("Nauru", "test");
		}
	}

	/** The class of the first way to act offered to the first official. */
	private static String firstAction(String page) {
		String buttons = page.substring(page.indexOf("class=\"buttons\""));
		int letter = buttons.indexOf("download-letter");
		int email = buttons.indexOf("mailto");
		int fax = buttons.indexOf("download-fax");
		int first = List.of(letter, email, fax).stream().filter((i) -> i >= 0).min(Integer::compare).orElseThrow();
		return (first == letter) ? "download-letter" : (first == email) ? "mailto" : "download-fax";
	}

	private UaDocument publish(String number, String country, int daysLeft) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Target target = new Target(null, "Prosecutor General", "A. Prosecutor", null, List.of("1 Main Street"), country,
				List.of("prosecutor@example.org"), List.of("+998 71 233 3333"), List.of(), List.of(), List.of(),
				"Dear Prosecutor General", false);
		UaDocument draft = new UaDocument(null, null, null, DocumentKind.INITIAL, 0, number, null, country, today,
				today.plusDays(daysLeft), "Lawyer detained in " + country, "A lawyer is held in " + country + ".",
				List.of(), List.of(target), "Dear Prosecutor General, release her.", null, List.of(), null, List.of(),
				null, null, null, 0);
		return service.publish(service.createDraft(draft, "test").id(), "test");
	}

}
