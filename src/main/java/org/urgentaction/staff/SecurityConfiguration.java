package org.urgentaction.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

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
				""");
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/uas", "/api/uas/*", "/api/uas/*/totals")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/uas/*/letters", "/api/uas/*/reports", "/api/subscriptions",
						"/api/subscriptions/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole("VIEWER")
				.anyRequest()
				.hasRole("COORDINATOR"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login")
			.permitAll()
			.requestMatchers("/admin/staff/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/admin", "/admin/**")
			.hasRole("VIEWER")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("COORDINATOR")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/admin/login").defaultSuccessUrl("/admin", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/"))
			// A letter PDF is made from what is posted and changes nothing; its form sits
			// on
			// public pages that shared caches keep, so it carries no per-visitor token.
			// One-click unsubscribe (RFC 8058) comes from mail clients without a CSRF
			// token;
			// the signed token in its address authorises it.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.ignoringRequestMatchers(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/uas/{id}/letters"),
						PathPatternRequestMatcher.withDefaults()
							.matcher(HttpMethod.POST, "/subscriptions/unsubscribe/*")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
		return http.build();
	}

}
