package org.urgentaction.staff;

import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * The second factor of staff logins: optional per account, required for administrators
 * when {@code ua.staff.require-2fa} is set.
 */
@Service
class SecondFactor {

	private final StaffRepository staff;

	private final Totp totp;

	private final StaffSecurityProperties settings;

	private final AuditLog audit;

	SecondFactor(StaffRepository staff, Totp totp, StaffSecurityProperties settings, AuditLog audit) {
		this.staff = staff;
		this.totp = totp;
		this.settings = settings;
		this.audit = audit;
	}

	/** Whether the account must give a code (or set up its second factor) to log in. */
	boolean needed(StaffAccount account) {
		return account.hasSecondFactor() || required(account);
	}

	boolean required(StaffAccount account) {
		return settings.require2fa() && account.role() == Role.ADMIN;
	}

	/** Whether the code is right for the account now; each code works once. */
	boolean accept(StaffAccount account, String code) {
		OptionalLong step = totp.verify(account.totpSecret(), code, account.totpLastStep());
		return step.isPresent() && staff.useStep(account.id(), step.getAsLong());
	}

	/**
	 * Gives the account the second factor {@code secret}, once a code made with it proves
	 * that the authenticator app has it.
	 */
	@Transactional
	void enable(StaffAccount account, String secret, String code) {
		OptionalLong step = totp.verify(secret, code, null);
		if (secret == null || step.isEmpty()) {
			throw new InvalidInputException(new FieldProblem("code", "staff.twoFactor.wrongCode"));
		}
		staff.setSecondFactor(account.id(), secret, step.getAsLong());
		audit.record(account.email(), "STAFF_2FA_ENABLED", "staff_account", account.id(), account.email());
	}

	@Transactional
	void disable(StaffAccount account) {
		if (required(account)) {
			throw new InvalidInputException(new FieldProblem("code", "staff.twoFactor.required"));
		}
		staff.setSecondFactor(account.id(), null, null);
		audit.record(account.email(), "STAFF_2FA_DISABLED", "staff_account", account.id(), account.email());
	}

}
