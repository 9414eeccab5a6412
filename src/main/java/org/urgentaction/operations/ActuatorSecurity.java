package org.urgentaction.operations;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;

/**
 * The actuator endpoints: health (with its liveness and readiness groups) for anyone,
 * showing only the status; every other endpoint (metrics, Prometheus) for staff with HTTP
 * Basic. Applies on the main port and on a separate management port alike.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole("VIEWER"))
			// no Basic challenge (browsers would show a login box); Prometheus sends its
			// credentials without one
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, exception) -> problem(response,
					401, "Unauthorized", "Log in with HTTP Basic as staff.")))
			.exceptionHandling((errors) -> errors.accessDeniedHandler(
					(request, response, exception) -> problem(response, 403, "Forbidden", "Staff only.")))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
