package org.urgentaction.pagecache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a rendered public page is served from memory ({@code ttl}, 0 to render every
 * request) and how many pages a node keeps.
 */
@ConfigurationProperties("ua.page-cache")
public record PageCacheProperties(@DefaultValue("5s") Duration ttl, @DefaultValue("2000") int maxEntries) {

	boolean enabled() {
		return !ttl.isZero() && !ttl.isNegative() && maxEntries > 0;
	}

}
