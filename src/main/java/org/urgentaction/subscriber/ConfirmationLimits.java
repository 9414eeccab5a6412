package org.urgentaction.subscriber;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on the confirmation mails anyone can cause; each key is described in
 * {@code application.properties}.
 */
@ConfigurationProperties("ua.subscriptions")
record ConfirmationLimits(@DefaultValue("10") int mailsPerClientPerHour, @DefaultValue("3") int mailsPerAddressPerDay,
		@DefaultValue("15m") Duration purgeInterval) {

}
