package org.urgentaction.subscriber;

import java.util.ArrayList;
import java.util.List;

/**
 * The subscription and preferences form as the browser sends it.
 */
public class SubscriptionForm {

	private String email;

	private String name;

	private String country;

	private List<String> languages = new ArrayList<>();

	private List<String> countries = new ArrayList<>();

	private List<String> regions = new ArrayList<>();

	private List<String> themes = new ArrayList<>();

	private String frequency = "IMMEDIATE";

	private boolean reminders = true;

	static SubscriptionForm of(Subscriber subscriber) {
		SubscriptionForm form = new SubscriptionForm();
		form.name = subscriber.name();
		form.country = subscriber.country();
		form.languages = new ArrayList<>(subscriber.languages());
		form.countries = new ArrayList<>(subscriber.countries());
		form.regions = new ArrayList<>(subscriber.regions());
		form.themes = new ArrayList<>(subscriber.themes());
		form.frequency = subscriber.frequency().name();
		form.reminders = subscriber.reminders();
		return form;
	}

	SubscriptionRequest toRequest() {
		return new SubscriptionRequest(email, name, country, languages, countries, regions, themes,
				SubscriptionJson.frequency(frequency), reminders);
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = countries;
	}

	public List<String> getRegions() {
		return regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = regions;
	}

	public List<String> getThemes() {
		return themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes;
	}

	public String getFrequency() {
		return frequency;
	}

	public void setFrequency(String frequency) {
		this.frequency = frequency;
	}

	public boolean isReminders() {
		return reminders;
	}

	public void setReminders(boolean reminders) {
		this.reminders = reminders;
	}

}
