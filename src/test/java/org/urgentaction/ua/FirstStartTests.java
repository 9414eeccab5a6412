package org.urgentaction.ua;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start on an empty database (each test context has one): besides the real UA
 * 46/19, whose deadline passed in 2019, the list shows the live example, open, marked as
 * an example and with its deadline ahead, so that the composer, the report form and the
 * counter can be tried at once.
 */
@AppTest
class FirstStartTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Autowired
	LiveExample liveExample;

	@Autowired
	Clock clock;

	@Test
	void theListShowsAUaWhoseDeadlineIsAhead() {
		UaDocument example = example();
		LocalDate today = LocalDate.now(clock);
		assertThat(example.isPublished()).isTrue();
		assertThat(example.deadline()).isAfter(today);
		assertThat(example.issueDate()).isBefore(today);
		assertThat(service.findCase(example.caseId()).orElseThrow().closed()).isFalse();

		String list = new Http(port).get("/uas").body();
		assertThat(list).contains("href=\"" + UaLinks.path(example) + "\"", "UA 46/19");
		assertThat(list).contains(example.title());
		assertThat(list.indexOf(example.title()))
			.isLessThan(list.indexOf("Human rights defender facing bogus charges"));
	}

	@Test
	void theExampleSaysItIsOneAndOffersTheComposerTheReportFormAndTheCounter() {
		UaDocument example = example();
		assertThat(example.title()).isEqualTo(new LiveExample.Text(LiveExample.language()).get("title"));
		assertThat(new LiveExample.Text(Locale.ENGLISH).get("title")).startsWith("EXAMPLE:");
		assertThat(new LiveExample.Text(Locale.FRENCH).get("title")).startsWith("EXEMPLE");
		assertThat(example.summary()).contains(new LiveExample.Text(LiveExample.language()).get("person"));

		String page = new Http(port).get(UaLinks.path(example)).body();
		assertThat(page).contains("action=\"/uas/" + example.id() + "/letters\"");
		assertThat(page).contains("/uas/" + example.id() + "/reports/new");
		assertThat(page).contains("class=\"action-counter\"");
		assertThat(new Http(port).get("/uas/" + example.id() + "/reports/new").statusCode()).isEqualTo(200);
	}

	@Test
	void aLaterStartMovesThePassedDeadlineOfTheExampleOnAndAddsNoSecondExample() throws Exception {
		UaDocument example = example();
		LocalDate longAgo = LocalDate.now(clock).minusYears(1);
		UaDocument old = new UaDocument(example.id(), example.caseId(), example.status(), example.kind(),
				example.sequence(), example.uaNumber(), example.aiIndex(), example.country(), longAgo,
				longAgo.plusDays(30), example.title(), example.summary(), example.persons(), example.targets(),
				example.letter(), example.additionalInformation(), example.preferredLanguages(),
				example.previousUaLink(), example.themes(), example.outcome(), example.publishedAt(),
				example.updatedAt(), example.version());
		service.update(example.id(), old, "test");
		assertThat(service.get(example.id()).deadlinePassed(LocalDate.now(clock))).isTrue();

		liveExample.run(null);

		UaDocument moved = service.get(example.id());
		assertThat(moved.deadline()).isAfter(LocalDate.now(clock));
		assertThat(moved.isPublished()).isTrue();
		assertThat(service.thread(example.caseId())).hasSize(1);
	}

	private UaDocument example() {
		long caseId = service.findCaseByNumber(LiveExample.NUMBER).orElseThrow().id();
		return service.thread(caseId).get(0);
	}

}
