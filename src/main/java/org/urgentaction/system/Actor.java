package org.urgentaction.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Who is acting, for the audit history and for what a caller may see.
 */
public final class Actor {

	private Actor() {
	}

	public static boolean isStaff(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	public static String name(Authentication authentication) {
		return isStaff(authentication) ? authentication.getName() : "anonymous";
	}

}
