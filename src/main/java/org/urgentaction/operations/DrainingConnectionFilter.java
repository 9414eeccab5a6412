package org.urgentaction.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the node drains before it stops ({@link ShutdownDrain}), every answer closes its
 * connection, so that a proxy keeps no pooled connection to the node.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DrainingConnectionFilter extends OncePerRequestFilter {

	private final ShutdownDrain drain;

	DrainingConnectionFilter(ShutdownDrain drain) {
		this.drain = drain;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (drain.draining()) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		chain.doFilter(request, response);
	}

}
