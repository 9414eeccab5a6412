package org.urgentaction.staff;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.ProblemTexts;

/**
 * Two chains: the JSON API (HTTP Basic or bearer token, no session) and the pages (form
 * login for staff under {@code /admin/}, sessions kept in the database so that every node
 * knows them). Public pages need no login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	HttpFirewall httpFirewall() {
		return HeaderCharacters.firewall();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_COORDINATOR
				ROLE_COORDINATOR > ROLE_VIEWER
				ROLE_SECTION_COORDINATOR > ROLE_SECTION_VIEWER
				""");
	}

	@Bean
	ThrottledAuthentication staffAuthentication(StaffUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, StaffRepository staff, SecondFactor secondFactor) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledAuthentication(passwords, throttle, staff, secondFactor);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	LoginOutcomes loginOutcomes(StaffRepository staff, SecondFactor secondFactor, LoginThrottle throttle,
			SecurityContextRepository contexts, Clock clock) {
		return new LoginOutcomes(staff, secondFactor, throttle, contexts, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ThrottledAuthentication authentication,
			StaffRepository staff, SecondFactor secondFactor, AppProperties properties, ProblemTexts texts)
			throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint(texts);
		http.securityMatcher("/api/**")
			.authenticationManager(new ProviderManager(authentication))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/uas", "/api/uas/*", "/api/uas/*/totals", "/api/uas/*/replies",
						"/api/uas/*/replies/*", "/api/analytics/outcomes", "/api/sections", "/api/sections/*")
				.permitAll()
				// what a section's own staff may do; each request is checked for their
				// section
				.requestMatchers(HttpMethod.PUT, "/api/uas/*/sections/*")
				.hasAnyRole("COORDINATOR", "SECTION_COORDINATOR")
				.requestMatchers(HttpMethod.POST, "/api/uas/*/sections/*/reports")
				.hasAnyRole("COORDINATOR", "SECTION_COORDINATOR")
				.requestMatchers(HttpMethod.GET, "/api/uas/*/sections/*/reports", "/api/sections/*/subscribers")
				.hasAnyRole("VIEWER", "SECTION_VIEWER")
				.requestMatchers("/api/sections", "/api/sections/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/uas/*/letters", "/api/uas/*/reports", "/api/subscriptions",
						"/api/subscriptions/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole("VIEWER")
				.anyRequest()
				.hasRole("COORDINATOR"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BrowserRequestGuard(properties.site().baseUrl(), problems),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new SecondFactorBasicGuard(staff, secondFactor, problems), BasicAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::commonHeaders)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ThrottledAuthentication authentication, LoginOutcomes outcomes,
			SecurityContextRepository contexts) throws Exception {
		http.authenticationManager(new ProviderManager(authentication))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login", "/admin/login/**")
				.permitAll()
				.requestMatchers("/admin/account", "/admin/account/**")
				.hasRole("VIEWER")
				.requestMatchers("/admin/staff/**", "/admin/webhooks", "/admin/webhooks/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/admin", "/admin/**")
				.hasRole("VIEWER")
				.requestMatchers("/admin", "/admin/**")
				.hasRole("COORDINATOR")
				.anyRequest()
				.permitAll())
			.formLogin((login) -> login.loginPage("/admin/login")
				.successHandler(outcomes)
				.failureHandler(outcomes)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/"))
			// A letter PDF is made from what is posted and changes nothing; its form sits
			// on public pages that shared caches keep, so it carries no per-visitor
			// token.
			// One-click unsubscribe (RFC 8058) comes from mail clients without a CSRF
			// token; the signed token in its address authorises it.
			// An activist's reply is sent from a form on the same cached pages; it is
			// held
			// for a coordinator and bounded per client address.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.ignoringRequestMatchers(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/uas/{id}/letters"),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/replies/uas/{id}"),
						PathPatternRequestMatcher.withDefaults()
							.matcher(HttpMethod.POST, "/subscriptions/unsubscribe/*")))
			.headers((headers) -> commonHeaders(headers).contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
		return http.build();
	}

	/**
	 * No referrer to other sites (which UA a visitor read is nobody else's business), no
	 * camera, microphone or location, and HSTS on requests that came over TLS (directly
	 * or, with {@code server.forward-headers-strategy}, through a proxy).
	 */
	private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
	}

}
