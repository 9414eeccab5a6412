package org.urgentaction.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByEmail(String email) {
		return jdbc.sql("select * from staff_account where email = :email")
			.param("email", email.strip().toLowerCase(Locale.ROOT))
			.query(StaffAccount.class)
			.optional();
	}

	Optional<StaffAccount> findById(long id) {
		return jdbc.sql("select * from staff_account where id = :id")
			.param("id", id)
			.query(StaffAccount.class)
			.optional();
	}

	List<StaffAccount> findAll() {
		return jdbc.sql("select * from staff_account order by email").query(StaffAccount.class).list();
	}

	boolean anyAdmin() {
		return jdbc.sql("select count(*) from staff_account where role = 'ADMIN' and enabled")
			.query(Long.class)
			.single() > 0;
	}

	long insert(String email, String displayName, String passwordHash, Role role, Instant now) {
		return insert(email, displayName, passwordHash, role, null, now);
	}

	long insert(String email, String displayName, String passwordHash, Role role, String sectionCode, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into staff_account (email, display_name, password_hash, role, section_code, enabled, created_at)
				values (:email, :name, :hash, :role, :section, true, :now)
				""")
			.param("email", email.strip().toLowerCase(Locale.ROOT))
			.param("name", displayName)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("section", sectionCode)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update staff_account set enabled = :enabled where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	void setRole(long id, Role role) {
		jdbc.sql("update staff_account set role = :role where id = :id")
			.param("role", role.name())
			.param("id", id)
			.update();
	}

	void setPassword(long id, String passwordHash, Instant now) {
		jdbc.sql("update staff_account set password_hash = :hash, password_changed_at = :now where id = :id")
			.param("hash", passwordHash)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void setSecondFactor(long id, String secret, Long step) {
		jdbc.sql("update staff_account set totp_secret = :secret, totp_last_step = :step where id = :id")
			.param("secret", secret)
			.param("step", step)
			.param("id", id)
			.update();
	}

	/**
	 * Records that the code of this time step was used; false when it (or a later one)
	 * was used already, e.g. by a request on another node.
	 */
	boolean useStep(long id, long step) {
		return jdbc.sql("""
				update staff_account set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)
				""").param("step", step).param("id", id).update() == 1;
	}

}
