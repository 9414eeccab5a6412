package org.urgentaction.section;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link SectionCookieFilter} just before the page cache, after security.
 */
@Configuration(proxyBeanMethods = false)
class SectionWebConfiguration {

	@Bean
	FilterRegistrationBean<SectionCookieFilter> sectionCookieFilter() {
		FilterRegistrationBean<SectionCookieFilter> registration = new FilterRegistrationBean<>(
				new SectionCookieFilter());
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

}
