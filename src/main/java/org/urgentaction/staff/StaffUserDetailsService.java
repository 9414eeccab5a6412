package org.urgentaction.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff log in with their email address.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffRepository staff;

	StaffUserDetailsService(StaffRepository staff) {
		this.staff = staff;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		StaffAccount account = staff.findByEmail(email)
			.orElseThrow(() -> new UsernameNotFoundException("No staff account " + email));
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.authorities(SectionStaff.authorities(account))
			.disabled(!account.enabled())
			.build();
	}

}
