package org.urgentaction.pagecache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.urgentaction.action.ActionReported;
import org.urgentaction.ua.UaCaseClosed;
import org.urgentaction.ua.UaCaseResumed;
import org.urgentaction.ua.UaCaseStopped;
import org.urgentaction.ua.UaDocumentPublished;

/**
 * The pages this node keeps. A page is fresh while it is younger than
 * {@code ua.page-cache.ttl} and nothing has changed on this node since it was rendered:
 * every change (a document published, a case closed, a report counted, any form or API
 * request that may write) starts a new generation, after its transaction has committed.
 */
@Component
class PageCache {

	private final Cache<PageKey, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	private final long ttlNanos;

	private final boolean enabled;

	PageCache(PageCacheProperties properties) {
		this.enabled = properties.enabled();
		this.ttlNanos = properties.ttl().toNanos();
		this.pages = Caffeine.newBuilder()
			.maximumSize(Math.max(1, properties.maxEntries()))
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
	}

	boolean enabled() {
		return enabled;
	}

	long generation() {
		return generation.get();
	}

	CachedPage get(PageKey key) {
		return pages.getIfPresent(key);
	}

	boolean isFresh(CachedPage page) {
		return page.isFresh(generation.get(), ttlNanos, System.nanoTime());
	}

	void put(PageKey key, CachedPage page) {
		pages.put(key, page);
	}

	/** Every page kept is out of date from now on. */
	void changed() {
		generation.incrementAndGet();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(UaDocumentPublished published) {
		changed();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(UaCaseClosed closed) {
		changed();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(UaCaseStopped stopped) {
		changed();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(UaCaseResumed resumed) {
		changed();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ActionReported reported) {
		changed();
	}

}
