package org.urgentaction.subscriber;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The countries (ISO 3166-1 alpha-2 codes) and regions subscribers choose from, and the
 * code and region of a country named in a UA document ("Kazakhstan").
 */
@Component
public class Countries {

	private final Set<String> codes = new TreeSet<>();

	private final Map<String, String> regionOfCountry = new HashMap<>();

	private final Map<String, List<String>> regions = new LinkedHashMap<>();

	private final Map<String, String> codeByName = new HashMap<>();

	Countries() {
		codes.addAll(Arrays.asList(Locale.getISOCountries()));
		Properties properties = new Properties();
		try (InputStream in = Countries.class.getResourceAsStream("/subscriber/regions.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		properties.stringPropertyNames().stream().sorted().forEach((region) -> {
			List<String> members = Arrays.stream(properties.getProperty(region).split(",")).map(String::strip).toList();
			regions.put(region, members);
			members.forEach((code) -> regionOfCountry.put(code, region));
			codes.addAll(members);
		});
		for (String code : codes) {
			Locale country = new Locale.Builder().setRegion(code).build();
			for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
				codeByName.putIfAbsent(key(country.getDisplayCountry(language)), code);
			}
		}
		codeByName.put(key("Kosovo"), "XK");
		codeByName.put(key("USA"), "US");
		codeByName.put(key("United States of America"), "US");
		codeByName.put(key("UK"), "GB");
		codeByName.put(key("Russia"), "RU");
		codeByName.put(key("Iran"), "IR");
		codeByName.put(key("Syria"), "SY");
		codeByName.put(key("Palestine"), "PS");
		codeByName.put(key("Occupied Palestinian Territories"), "PS");
		codeByName.put(key("Democratic Republic of the Congo"), "CD");
		codeByName.put(key("DRC"), "CD");
		codeByName.put(key("South Korea"), "KR");
		codeByName.put(key("North Korea"), "KP");
		codeByName.put(key("Turkey"), "TR");
		codeByName.put(key("Viet Nam"), "VN");
	}

	public boolean isCountry(String code) {
		return code != null && codes.contains(code);
	}

	public boolean isRegion(String region) {
		return region != null && regions.containsKey(region);
	}

	public Set<String> regions() {
		return regions.keySet();
	}

	public Set<String> codes() {
		return codes;
	}

	/**
	 * The code of a country written as a code or as its name in English, French or
	 * Spanish.
	 */
	public Optional<String> code(String nameOrCode) {
		if (nameOrCode == null || nameOrCode.isBlank()) {
			return Optional.empty();
		}
		String upper = nameOrCode.strip().toUpperCase(Locale.ROOT);
		if (codes.contains(upper)) {
			return Optional.of(upper);
		}
		return Optional.ofNullable(codeByName.get(key(nameOrCode)));
	}

	public Optional<String> region(String code) {
		return Optional.ofNullable(code == null ? null : regionOfCountry.get(code));
	}

	public String name(String code, Locale locale) {
		if (code == null) {
			return "";
		}
		String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
		return "XK".equals(code) && name.equals(code) ? "Kosovo" : name;
	}

	private static String key(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z]", "");
	}

}
