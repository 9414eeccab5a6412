package org.urgentaction.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Sets the application's clock to 20 August 2019, four days after the sample UA 46/19 was
 * issued and before its deadline of 27 September 2019.
 */
@TestConfiguration(proxyBeanMethods = false)
class BeforeTheDeadline {

	static final Instant NOW = Instant.parse("2019-08-20T09:00:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
