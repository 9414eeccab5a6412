package org.urgentaction.staff;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} allows in header names and
 * values by default (assigned code points, no control characters; values may also hold a
 * tab), checked with a loop instead of its regular expression. The firewall checks every
 * header each time the application reads one, and the expression cost about a fifth of
 * the CPU of a small JSON request.
 */
final class HeaderCharacters {

	/** What {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} accepts. */
	static final Predicate<String> NAME = (s) -> allowed(s, false);

	/** What {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} accepts. */
	static final Predicate<String> VALUE = (s) -> allowed(s, true);

	private HeaderCharacters() {
	}

	static StrictHttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(NAME);
		firewall.setAllowedHeaderValues(VALUE);
		firewall.setAllowedParameterNames(NAME);
		return firewall;
	}

	private static boolean allowed(String s, boolean tab) {
		for (int i = 0; i < s.length();) {
			int c = s.codePointAt(i);
			if (c < 0x20 || c >= 0x7f) {
				int type = Character.getType(c);
				if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && c == '\t'))) {
					return false;
				}
			}
			i += Character.charCount(c);
		}
		return true;
	}

}
