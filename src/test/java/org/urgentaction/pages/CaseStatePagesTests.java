package org.urgentaction.pages;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.LiveUa;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case with an update and then an outcome: every earlier document says at its top that
 * there is a newer one and links to it before any action; once the case is closed, no
 * page of it has a composer, a report link or a countdown, and each shows the outcome at
 * the top.
 */
@AppTest
class CaseStatePagesTests {

	static final List<String> ACTIONS = List.of("letter-form", "id=\"take-action\"", "did-you-send", "/reports/new",
			"days left", "Take action by");

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Test
	void earlierDocumentsLinkToTheNewestBeforeAnyActionAndAClosedCaseAsksForNone() {
		Http http = new Http(port);
		String number = LiveUa.uniqueNumber();
		UaDocument first = LiveUa.publish(uas, number);
		assertThat(http.get(first.path()).body()).contains(ACTIONS.toArray(String[]::new))
			.contains("No one has reported an action yet. Be the first")
			.doesNotContain("from no country");

		UaDocument update = LiveUa.publishNext(uas, number, DocumentKind.FOLLOW_UP, null);
		String earlier = http.get(first.path()).body();
		int link = earlier.indexOf("href=\"" + update.path() + "\"");
		assertThat(link).as("link to the update").isPositive().isLessThan(earlier.indexOf("<h1"));
		assertThat(earlier).contains("There is news on this case").doesNotContain(ACTIONS.toArray(String[]::new));
		assertThat(http.get(update.path()).body()).contains(ACTIONS.toArray(String[]::new))
			.doesNotContain("There is news on this case");

		UaDocument last = LiveUa.publishNext(uas, number, DocumentKind.FINAL,
				new Outcome(OutcomeType.RELEASED, "Released on 1 December."));
		for (UaDocument document : List.of(first, update, last)) {
			String page = http.get(uas.get(document.id()).path()).body();
			String name = "page of " + document.kind();
			int outcome = page.indexOf("Released on 1 December.");
			assertThat(outcome).as("outcome on the " + name).isPositive().isLessThan(page.indexOf("<h1"));
			assertThat(page).as(name).doesNotContain(ACTIONS.toArray(String[]::new)).doesNotContain(">Take action<");
			if (!document.id().equals(last.id())) {
				int newest = page.indexOf("href=\"" + uas.get(last.id()).path() + "\"");
				assertThat(newest).as("link to the newest on the " + name).isPositive().isLessThan(page.indexOf("<h1"));
			}
			String form = http.get("/uas/" + document.id() + "/reports/new").body();
			assertThat(form).as("report form of the " + name)
				.contains("This case is closed")
				.doesNotContain("name=\"channel\"");
		}
	}

	@Test
	void everyPageNamesAFaviconThatIsThere() {
		Http http = new Http(port);
		assertThat(http.get("/").body()).contains("rel=\"icon\"", "/favicon.svg", "/favicon.ico");
		assertThat(http.getBytes("/favicon.ico").statusCode()).isEqualTo(200);
		assertThat(http.getBytes("/favicon.svg").statusCode()).isEqualTo(200);
	}

}
