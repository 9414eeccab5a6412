package org.urgentaction.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SectionRepository {

	private final JdbcClient jdbc;

	SectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Section> findAll() {
		Map<String, List<String>> countries = new LinkedHashMap<>();
		jdbc.sql("select section_code, country from national_section_country order by country")
			.query((rs, row) -> countries.computeIfAbsent(rs.getString(1), (code) -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return jdbc.sql("select * from national_section order by code")
			.query((rs, row) -> section(rs, countries.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	Optional<Section> find(String code) {
		List<String> countries = jdbc
			.sql("select country from national_section_country where section_code = :code order by country")
			.param("code", code)
			.query(String.class)
			.list();
		return jdbc.sql("select * from national_section where code = :code")
			.param("code", code)
			.query((rs, row) -> section(rs, countries))
			.optional();
	}

	Optional<String> codeForCountry(String country) {
		return jdbc.sql("select section_code from national_section_country where country = :country")
			.param("country", country)
			.query(String.class)
			.optional();
	}

	/** The section already serving each of these countries, other than {@code except}. */
	Map<String, String> servedElsewhere(List<String> countries, String except) {
		Map<String, String> served = new LinkedHashMap<>();
		if (countries.isEmpty()) {
			return served;
		}
		jdbc.sql("""
				select country, section_code from national_section_country
				where country in (:countries) and section_code <> :except
				""")
			.param("countries", countries)
			.param("except", except)
			.query((rs, row) -> served.put(rs.getString(1), rs.getString(2)))
			.list();
		return served;
	}

	void insert(Section section, Instant now) {
		jdbc.sql("""
				insert into national_section (code, name, languages, office_name, office_address, office_email,
				  office_url, office_phone, sender_name, sender_postal_address, updated_at)
				values (:code, :name, :languages, :officeName, :officeAddress, :officeEmail, :officeUrl,
				  :officePhone, :senderName, :senderAddress, :now)
				""").params(params(section, now)).update();
		insertCountries(section);
	}

	boolean update(Section section, Instant now) {
		int changed = jdbc.sql("""
				update national_section set name = :name, languages = :languages, office_name = :officeName,
				  office_address = :officeAddress, office_email = :officeEmail, office_url = :officeUrl,
				  office_phone = :officePhone, sender_name = :senderName, sender_postal_address = :senderAddress,
				  updated_at = :now
				where code = :code
				""").params(params(section, now)).update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("delete from national_section_country where section_code = :code")
			.param("code", section.code())
			.update();
		insertCountries(section);
		return true;
	}

	boolean delete(String code) {
		jdbc.sql("delete from section_version where section_code = :code").param("code", code).update();
		jdbc.sql("delete from national_section_country where section_code = :code").param("code", code).update();
		return jdbc.sql("delete from national_section where code = :code").param("code", code).update() == 1;
	}

	private void insertCountries(Section section) {
		for (String country : section.countries()) {
			jdbc.sql("insert into national_section_country (country, section_code) values (:country, :code)")
				.param("country", country)
				.param("code", section.code())
				.update();
		}
	}

	private static Map<String, Object> params(Section s, Instant now) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", s.code());
		params.put("name", s.name());
		params.put("languages", String.join(",", s.languages()));
		params.put("officeName", s.office().name());
		params.put("officeAddress",
				s.office().addressLines().isEmpty() ? null : String.join("\n", s.office().addressLines()));
		params.put("officeEmail", s.office().email());
		params.put("officeUrl", s.office().url());
		params.put("officePhone", s.office().phone());
		params.put("senderName", s.sender().name());
		params.put("senderAddress", s.sender().postalAddress());
		params.put("now", Timestamp.from(now));
		return params;
	}

	private static Section section(ResultSet rs, List<String> countries) throws SQLException {
		String languages = rs.getString("languages");
		String address = rs.getString("office_address");
		return new Section(rs.getString("code"), rs.getString("name"), countries,
				languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
				new Section.Office(rs.getString("office_name"),
						address == null ? List.of() : Arrays.asList(address.split("\n")), rs.getString("office_email"),
						rs.getString("office_url"), rs.getString("office_phone")),
				new Section.Sender(rs.getString("sender_name"), rs.getString("sender_postal_address")));
	}

}
