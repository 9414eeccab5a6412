package org.urgentaction.pagecache;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link PageCacheFilter} last among the filters: after security (which tells staff
 * from visitors) and inside the entity-tag filter, so that pages from memory get the same
 * {@code ETag} and 304 answers as rendered ones.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver localeResolver,
			Clock clock) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, localeResolver, clock));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

}
