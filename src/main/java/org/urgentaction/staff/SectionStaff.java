package org.urgentaction.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Staff of the whole network hold {@code ROLE_<role>}; staff of one national section hold
 * {@code ROLE_SECTION_<role>} and {@code SECTION:<code>}, which none of the network's
 * rules accept, so that they act only where a feature lets a section act.
 */
public final class SectionStaff {

	static final String SECTION_PREFIX = "SECTION:";

	private SectionStaff() {
	}

	static List<GrantedAuthority> authorities(StaffAccount account) {
		if (account.sectionCode() == null) {
			return AuthorityUtils.createAuthorityList("ROLE_" + account.role().name());
		}
		return AuthorityUtils.createAuthorityList("ROLE_SECTION_" + account.role().name(),
				SECTION_PREFIX + account.sectionCode());
	}

	/** The section a caller belongs to; empty for network staff and anonymous callers. */
	public static Optional<String> sectionOf(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(SECTION_PREFIX))
			.map((authority) -> authority.substring(SECTION_PREFIX.length()))
			.findFirst();
	}

	/** Whether the caller is network staff with at least this role. */
	public static boolean isNetwork(Authentication authentication, Role role) {
		if (authentication == null) {
			return false;
		}
		List<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return switch (role) {
			case ADMIN -> held.contains("ROLE_ADMIN");
			case COORDINATOR -> held.contains("ROLE_ADMIN") || held.contains("ROLE_COORDINATOR");
			case VIEWER ->
				held.contains("ROLE_ADMIN") || held.contains("ROLE_COORDINATOR") || held.contains("ROLE_VIEWER");
		};
	}

	/**
	 * Whether the caller may act for the section {@code code} with at least {@code role}:
	 * network staff with that role, or that section's staff with it.
	 */
	public static boolean mayActFor(Authentication authentication, String code, Role role) {
		if (isNetwork(authentication, role)) {
			return true;
		}
		if (code == null || !sectionOf(authentication).map(code::equals).orElse(false)) {
			return false;
		}
		List<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return held.contains("ROLE_SECTION_COORDINATOR")
				|| (role == Role.VIEWER && held.contains("ROLE_SECTION_VIEWER"));
	}

}
