package org.urgentaction.staff;

import java.time.Instant;

/**
 * A staff member's account; {@code totpSecret} is set when the account has a second
 * factor.
 */
public record StaffAccount(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
		Instant createdAt, String totpSecret, Long totpLastStep) {

	public boolean hasSecondFactor() {
		return totpSecret != null;
	}

}
