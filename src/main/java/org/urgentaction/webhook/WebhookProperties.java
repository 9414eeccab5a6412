package org.urgentaction.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of webhook delivery ({@code ua.webhooks.*}, each described in
 * {@code application.properties}).
 */
@ConfigurationProperties("ua.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean sending, @DefaultValue("30s") Duration retryBackoff,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("24h") Duration giveUpAfter,
		@DefaultValue("10s") Duration timeout, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("2m") Duration lease, @DefaultValue("false") boolean allowInternalAddresses) {
}
