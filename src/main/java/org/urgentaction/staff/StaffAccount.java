package org.urgentaction.staff;

import java.time.Instant;

/**
 * A staff member's account; {@code totpSecret} is set when the account has a second
 * factor; {@code sectionCode} when the account belongs to one national section rather
 * than to the whole network.
 */
public record StaffAccount(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
		Instant createdAt, String totpSecret, Long totpLastStep, String sectionCode) {

	public boolean hasSecondFactor() {
		return totpSecret != null;
	}

}
