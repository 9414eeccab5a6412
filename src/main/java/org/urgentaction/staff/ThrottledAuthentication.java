package org.urgentaction.staff;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password, for the login form and HTTP Basic alike, refused at once while the
 * account or the client address is blocked by {@link LoginThrottle}. The account's
 * failures are cleared only by a complete login: with its second factor when it has one.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final StaffRepository staff;

	private final SecondFactor secondFactor;

	ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, StaffRepository staff,
			SecondFactor secondFactor) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.staff = staff;
		this.secondFactor = secondFactor;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = address(authentication);
		Optional<java.time.Duration> wait = throttle.blocked(email, address);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException wrong) {
			throttle.failed(email, address);
			throw wrong;
		}
		if (staff.findByEmail(email).map((account) -> !secondFactor.needed(account)).orElse(false)) {
			throttle.succeeded(email);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
