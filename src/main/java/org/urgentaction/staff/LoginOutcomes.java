package org.urgentaction.staff;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What follows the login form: a right password of an account with a second factor leads
 * to the code page, not yet logged in; one without goes on as usual. A refused login
 * shows the form again, saying how long to wait when the login is throttled.
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final StaffRepository staff;

	private final SecondFactor secondFactor;

	private final LoginThrottle throttle;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	private final SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginOutcomes(StaffRepository staff, SecondFactor secondFactor, LoginThrottle throttle,
			SecurityContextRepository contexts, Clock clock) {
		this.staff = staff;
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.contexts = contexts;
		this.clock = clock;
		this.usual.setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		StaffAccount account = staff.findByEmail(authentication.getName()).orElseThrow();
		if (!secondFactor.needed(account)) {
			usual.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		SecurityContext empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.setContext(empty);
		contexts.saveContext(empty, request, response);
		String newSecret = account.hasSecondFactor() ? null : Totp.newSecret();
		new PendingLogin(account.id(), clock.instant(), newSecret).store(request);
		response.sendRedirect(
				request.getContextPath() + (account.hasSecondFactor() ? "/admin/login/code" : "/admin/login/setup"));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String query = (exception instanceof LoginThrottledException throttled)
				? "?wait=" + throttled.retryAfterSeconds() : "?error";
		response.sendRedirect(request.getContextPath() + "/admin/login" + query);
	}

	/**
	 * Logs the account in for good, after its second factor, in a new session id.
	 */
	void complete(StaffAccount account, HttpServletRequest request, HttpServletResponse response) {
		PendingLogin.clear(request);
		throttle.succeeded(account.email());
		request.changeSessionId();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
				SectionStaff.authorities(account));
		authentication.setDetails(new WebAuthenticationDetails(request));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
