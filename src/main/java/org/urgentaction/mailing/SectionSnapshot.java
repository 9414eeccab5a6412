package org.urgentaction.mailing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urgentaction.section.Section;
import org.urgentaction.section.Sections;

/**
 * The national section of each country, read from the database at most every few seconds
 * so that composing a message for one recipient costs no query; a change of the sections
 * reaches the messages composed after that.
 */
@Component
class SectionSnapshot {

	static final Duration TTL = Duration.ofSeconds(10);

	private final Sections sections;

	private final Clock clock;

	private volatile Map<String, Section> byCountry = Map.of();

	private volatile Instant readAt = Instant.EPOCH;

	SectionSnapshot(Sections sections, Clock clock) {
		this.sections = sections;
		this.clock = clock;
	}

	/** The section of a subscriber's country; null without one. */
	Section of(String country) {
		Instant now = clock.instant();
		if (now.isAfter(readAt.plus(TTL))) {
			byCountry = sections.byCountry();
			readAt = now;
		}
		return (country == null) ? null : byCountry.get(country);
	}

}
