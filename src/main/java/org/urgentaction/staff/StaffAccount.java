package org.urgentaction.staff;

import java.time.Instant;

public record StaffAccount(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
		Instant createdAt) {

}
