package org.urgentaction.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff log in: the second factor and the throttling of failed logins. Each key is
 * described in {@code application.properties}.
 */
@ConfigurationProperties("ua.staff")
record StaffSecurityProperties(@DefaultValue("false") boolean require2fa, @DefaultValue("5") int freeFailuresPerAccount,
		@DefaultValue("20") int freeFailuresPerAddress, @DefaultValue("1s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("1h") Duration forgetFailuresAfter,
		@DefaultValue("5m") Duration secondFactorTime) {
}
