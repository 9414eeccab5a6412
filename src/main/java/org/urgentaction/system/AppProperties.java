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

	public record Mailing(@DefaultValue("Urgent Action Network <ua@localhost>") String from,
			@DefaultValue("change-me-in-production") String tokenSecret, @DefaultValue("4") int senderThreads) {
	}

}
