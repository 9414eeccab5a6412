package org.urgentaction.letter;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * The days a posted letter takes to reach a country: the setting
 * {@code ua.channels.postal-days}, or what staff set for that country (table
 * {@code postal_days}, countries as the documents name them, in any case).
 */
@Service
class PostalDays {

	static final int MAX_DAYS = 120;

	static final int MAX_COUNTRY_LENGTH = 100;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final int defaultDays;

	PostalDays(JdbcClient jdbc, AuditLog audit, Clock clock, ChannelSettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.defaultDays = settings.postalDays();
	}

	record Entry(String country, int days) {
	}

	int defaultDays() {
		return defaultDays;
	}

	@Transactional(readOnly = true)
	List<Entry> overrides() {
		return jdbc.sql("select country, days from postal_days order by country")
			.query((rs, row) -> new Entry(rs.getString(1), rs.getInt(2)))
			.list();
	}

	/** Days to each country; a country without a setting of its own takes the default. */
	@Transactional(readOnly = true)
	Map<String, Integer> byCountry() {
		return overrides().stream().collect(Collectors.toMap((e) -> key(e.country()), Entry::days, (a, b) -> a));
	}

	int daysTo(Map<String, Integer> byCountry, String country) {
		return Optional.ofNullable(country).map((c) -> byCountry.get(key(c))).orElse(defaultDays);
	}

	@Transactional
	void set(String country, String days, String actor) {
		String name = (country == null) ? "" : country.strip();
		if (name.isEmpty() || name.length() > MAX_COUNTRY_LENGTH) {
			throw new InvalidInputException(new FieldProblem("country",
					name.isEmpty() ? "validation.required" : "validation.length", MAX_COUNTRY_LENGTH));
		}
		int value;
		try {
			value = Integer.parseInt((days == null) ? "" : days.strip());
		}
		catch (NumberFormatException ex) {
			value = -1;
		}
		if (value < 0 || value > MAX_DAYS) {
			throw new InvalidInputException(new FieldProblem("days", "channels.validation.days", MAX_DAYS));
		}
		remove(name, null);
		jdbc.sql("insert into postal_days (country, days, updated_at, updated_by) values (:c, :d, :now, :by)")
			.param("c", name)
			.param("d", value)
			.param("now", Timestamp.from(clock.instant()))
			.param("by", actor)
			.update();
		audit.record(actor, "POSTAL_DAYS_SET", "postal_days", null, name + ": " + value);
	}

	@Transactional
	void remove(String country, String actor) {
		int removed = jdbc.sql("delete from postal_days where lower(country) = :c").param("c", key(country)).update();
		if (removed > 0 && actor != null) {
			audit.record(actor, "POSTAL_DAYS_REMOVED", "postal_days", null, country);
		}
	}

	private static String key(String country) {
		return country.strip().toLowerCase(Locale.ROOT);
	}

}
