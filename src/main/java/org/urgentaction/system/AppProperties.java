package org.urgentaction.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the application, with its default. Each key is described in
 * {@code application.properties}.
 */
@ConfigurationProperties("ua")
public record AppProperties(@DefaultValue Site site, @DefaultValue Admin admin, @DefaultValue Imports imports,
		@DefaultValue Letters letters, @DefaultValue Reports reports, @DefaultValue Mailing mailing) {

	public record Site(@DefaultValue("Urgent Action Network") String name,
			@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("true") boolean sampleData,
			@DefaultValue("60s") Duration publicCacheMaxAge) {
	}

	public record Admin(String email, String password) {
	}

	public record Imports(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("5s") Duration parseTimeout) {
	}

	public record Letters(@DefaultValue("20000") int maxTextLength) {
	}

	public record Reports(@DefaultValue("1000") int maxCount, @DefaultValue("24h") Duration duplicateWindow,
			@DefaultValue("120") int perAddressPerMinute, @DefaultValue("6000") int perUaPerMinute,
			@DefaultValue("500") int batchSize, @DefaultValue("20000") int queueCapacity,
			@DefaultValue("30s") Duration answerTimeout) {
	}

	public record Mailing(@DefaultValue("Urgent Action Network <ua@localhost>") String from, String tokenSecret,
			@DefaultValue("4") int senderThreads, @DefaultValue("true") boolean sending,
			@DefaultValue("50") int batchSize, @DefaultValue("500ms") Duration pollInterval,
			@DefaultValue("2m") Duration lease, @DefaultValue("8") int maxAttempts,
			@DefaultValue("1m") Duration retryBackoff, @DefaultValue("7d") Duration confirmLinkValidity,
			@DefaultValue("120d") Duration manageLinkValidity, @DefaultValue("1h") Duration dataLinkValidity,
			@DefaultValue("5m") Duration linkMailInterval, @DefaultValue("3") int reminderDaysBefore,
			@DefaultValue("15m") Duration reminderCheckInterval, @DefaultValue("0 0 8 * * MON") String digestCron,
			@DefaultValue( {
					"death-penalty", "torture", "detention", "fair-trial", "freedom-of-expression",
					"human-rights-defenders", "prisoners-of-conscience", "enforced-disappearance", "refugees",
					"indigenous-peoples", "women", "lgbti", "children", "health", "housing",
					"excessive-force" }) java.util.List<String> themes){
	}

}
