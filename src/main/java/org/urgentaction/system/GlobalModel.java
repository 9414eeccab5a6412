package org.urgentaction.system;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs.
 */
@ControllerAdvice
class GlobalModel {

	private final AppProperties properties;

	private final RoleHierarchy roles;

	GlobalModel(AppProperties properties, RoleHierarchy roles) {
		this.properties = properties;
		this.roles = roles;
	}

	@ModelAttribute("siteName")
	String siteName() {
		return properties.site().name();
	}

	/**
	 * Whether the staff member may change documents (coordinators and admins), to show
	 * only the buttons they may use.
	 */
	@ModelAttribute("canEdit")
	boolean canEdit() {
		return hasRole("ROLE_COORDINATOR");
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin() {
		return hasRole("ROLE_ADMIN");
	}

	private boolean hasRole(String role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!Actor.isStaff(authentication)) {
			return false;
		}
		return roles.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(role::equals);
	}

}
