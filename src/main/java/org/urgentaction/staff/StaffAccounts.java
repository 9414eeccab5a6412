package org.urgentaction.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * Creates staff accounts, changes their roles and disables them. A change to an account
 * ends its sessions on every node, so that it takes effect at once; the last enabled
 * administrator cannot be demoted or disabled.
 */
@Service
public class StaffAccounts {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern SECTION_CODE = Pattern.compile("[A-Z0-9]{2,10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private final StaffRepository staff;

	private final PasswordEncoder encoder;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditLog audit;

	private final Clock clock;

	StaffAccounts(StaffRepository staff, PasswordEncoder encoder,
			FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit, Clock clock) {
		this.staff = staff;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	public List<StaffAccount> all() {
		return staff.findAll();
	}

	@Transactional
	public long create(String email, String displayName, Role role, String password, String actor) {
		return create(email, displayName, role, password, null, actor);
	}

	/**
	 * Creates an account of the national section {@code sectionCode} (coordinator or
	 * viewer of that section), or of the whole network when it is null.
	 */
	@Transactional
	public long create(String email, String displayName, Role role, String password, String sectionCode, String actor) {
		List<FieldProblem> problems = new ArrayList<>();
		if (sectionCode != null && (role == Role.ADMIN || !SECTION_CODE.matcher(sectionCode).matches())) {
			problems.add(new FieldProblem("section", "section.validation.staffSection"));
		}
		String address = email == null ? "" : email.strip();
		if (address.isEmpty()) {
			problems.add(new FieldProblem("email", "validation.required"));
		}
		else if (!EMAIL.matcher(address).matches() || address.length() > 320) {
			problems.add(new FieldProblem("email", "validation.email", address));
		}
		if (displayName == null || displayName.isBlank()) {
			problems.add(new FieldProblem("displayName", "validation.required"));
		}
		else if (displayName.strip().length() > 200) {
			problems.add(new FieldProblem("displayName", "validation.length", 200));
		}
		if (role == null) {
			problems.add(new FieldProblem("role", "validation.required"));
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("password", "staff.validation.passwordLength", MIN_PASSWORD_LENGTH));
		}
		else if (password.length() > 100) {
			problems.add(new FieldProblem("password", "validation.length", 100));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		try {
			long id = staff.insert(address, displayName.strip(), encoder.encode(password), role, sectionCode,
					clock.instant());
			audit.record(actor, "STAFF_CREATED", "staff_account", id,
					address + " as " + role + (sectionCode == null ? "" : " of section " + sectionCode));
			return id;
		}
		catch (DuplicateKeyException exists) {
			throw new InvalidInputException(new FieldProblem("email", "staff.validation.emailTaken"));
		}
	}

	@Transactional
	public void changeRole(long id, Role role, String actor) {
		StaffAccount account = get(id);
		if (role == null) {
			throw new InvalidInputException(new FieldProblem("role", "validation.required"));
		}
		if (account.role() == role) {
			return;
		}
		if (account.role() == Role.ADMIN) {
			keepOneAdmin(account);
		}
		staff.setRole(id, role);
		audit.record(actor, "STAFF_ROLE_CHANGED", "staff_account", id, account.email() + ": " + role);
		endSessions(account);
	}

	@Transactional
	public void setEnabled(long id, boolean enabled, String actor) {
		StaffAccount account = get(id);
		if (account.enabled() == enabled) {
			return;
		}
		if (!enabled && account.role() == Role.ADMIN) {
			keepOneAdmin(account);
		}
		staff.setEnabled(id, enabled);
		audit.record(actor, enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", "staff_account", id, account.email());
		endSessions(account);
	}

	/**
	 * Changes the password of the staff member {@code email}, who gives the current one,
	 * and ends every other session of the account on every node.
	 */
	@Transactional
	public void changePassword(String email, String current, String password, String repeated, String keepSessionId) {
		StaffAccount account = staff.findByEmail(email).orElseThrow(() -> new NotFoundException("Staff account"));
		List<FieldProblem> problems = new ArrayList<>();
		if (current == null || !encoder.matches(current, account.passwordHash())) {
			problems.add(new FieldProblem("current", "staff.password.wrongCurrent"));
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("password", "staff.validation.passwordLength", MIN_PASSWORD_LENGTH));
		}
		else if (password.length() > 100) {
			problems.add(new FieldProblem("password", "validation.length", 100));
		}
		else if (!password.equals(repeated)) {
			problems.add(new FieldProblem("repeated", "staff.password.notRepeated"));
		}
		else if (current != null && current.equals(password)) {
			problems.add(new FieldProblem("password", "staff.password.unchanged"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		staff.setPassword(account.id(), encoder.encode(password), clock.instant());
		audit.record(account.email(), "STAFF_PASSWORD_CHANGED", "staff_account", account.id(), account.email());
		sessions.findByPrincipalName(account.email())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keepSessionId))
			.forEach(sessions::deleteById);
	}

	public StaffAccount get(long id) {
		return staff.findById(id).orElseThrow(() -> new NotFoundException("Staff account " + id));
	}

	private void keepOneAdmin(StaffAccount leaving) {
		long others = staff.findAll()
			.stream()
			.filter((a) -> a.role() == Role.ADMIN && a.enabled() && a.id() != leaving.id())
			.count();
		if (others == 0) {
			throw new InvalidInputException(new FieldProblem("role", "staff.validation.lastAdmin"));
		}
	}

	private void endSessions(StaffAccount account) {
		sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById);
	}

}
