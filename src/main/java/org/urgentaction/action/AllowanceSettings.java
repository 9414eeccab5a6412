package org.urgentaction.action;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one client may add to one document's public total without verification; each key
 * is described in {@code application.properties}.
 */
@ConfigurationProperties("ua.reports.unverified")
record AllowanceSettings(@DefaultValue("1000") int actionsPerHour, @DefaultValue("100") int reportsPerHour,
		@DefaultValue("5m") Duration purgeInterval) {

}
