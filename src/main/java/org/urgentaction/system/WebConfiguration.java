package org.urgentaction.system;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The visitor's language (from {@code ?lang=}, then a cookie, then the browser) and
 * entity tags for public pages. Nothing here keeps state on the node.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final AppProperties properties;

	private final SupportedLocales locales;

	WebConfiguration(AppProperties properties) {
		this.properties = properties;
		CookieLocaleResolver cookie = new CookieLocaleResolver("ua-lang");
		cookie.setCookieMaxAge(Duration.ofDays(365));
		cookie.setDefaultLocale(null);
		cookie.setDefaultLocaleFunction((request) -> null);
		// a cookie that names no locale (ua-lang=x@y) is ignored, not an error
		cookie.setRejectInvalidCookies(false);
		this.locales = new SupportedLocales(cookie);
	}

	@Bean
	LocaleResolver localeResolver() {
		return locales;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(locales);
		registry.addInterceptor(new PublicCaching(properties.site().publicCacheMaxAge().toSeconds()));
	}

	/**
	 * Runs after the character encoding is set and before Spring Security, which reads
	 * parameters (and so multipart bodies) for its CSRF check.
	 */
	@Bean
	FilterRegistrationBean<RequestGate> requestGate(RequestLimits limits, ProblemTexts texts) {
		FilterRegistrationBean<RequestGate> registration = new FilterRegistrationBean<>(new RequestGate(limits, texts));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		// weak: Tomcat does not compress a response with a strong entity tag (the bytes
		// sent differ from those the tag was computed on)
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/", "/uas", "/uas/*", "/feed.atom");
		// outside the page cache's filter (the last), so that cached pages get entity
		// tags
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

}
