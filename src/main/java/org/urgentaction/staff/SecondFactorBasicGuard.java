package org.urgentaction.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password alone does not open an account that logs in with a second factor: such
 * accounts use the API with bearer tokens, not HTTP Basic.
 */
class SecondFactorBasicGuard extends OncePerRequestFilter {

	private final StaffRepository staff;

	private final SecondFactor secondFactor;

	private final ProblemEntryPoint problems;

	SecondFactorBasicGuard(StaffRepository staff, SecondFactor secondFactor, ProblemEntryPoint problems) {
		this.staff = staff;
		this.secondFactor = secondFactor;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader("Authorization");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
				&& staff.findByEmail(authentication.getName()).map(secondFactor::needed).orElse(false)) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Bearer realm=\"Urgent Action Network\"");
			problems.write(request, response, 401, "unauthorized", "secondFactorBasic");
			return;
		}
		chain.doFilter(request, response);
	}

}
