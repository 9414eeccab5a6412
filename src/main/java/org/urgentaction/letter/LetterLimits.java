package org.urgentaction.letter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much PDF work anonymous visitors may ask for. Each key is described in
 * {@code application.properties}.
 */
@ConfigurationProperties("ua.letters.limits")
record LetterLimits(@DefaultValue("60") int perClient, @DefaultValue("10m") Duration window,
		@DefaultValue("2") int concurrentRenders, @DefaultValue("20s") Duration renderTimeout,
		@DefaultValue("100000") int maxTotalLength) {
}
