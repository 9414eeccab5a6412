package org.urgentaction.ua;

import static org.urgentaction.ua.FormText.blank;
import static org.urgentaction.ua.FormText.lines;
import static org.urgentaction.ua.FormText.text;
import static org.urgentaction.ua.FormText.trimmed;

/**
 * One target on the staff form. Lists (address lines, emails, ...) are textareas with one
 * entry a line; {@code id} keeps the target's identity across edits.
 */
public class TargetForm {

	private Long id;

	private String title;

	private String name;

	private String organisation;

	private String addressLines;

	private String country;

	private String emails;

	private String faxes;

	private String phones;

	private String twitter;

	private String facebook;

	private String salutation;

	private boolean copy;

	private boolean remove;

	static TargetForm of(Target target) {
		TargetForm form = new TargetForm();
		form.id = target.id();
		form.title = target.title();
		form.name = target.name();
		form.organisation = target.organisation();
		form.addressLines = text(target.addressLines());
		form.country = target.country();
		form.emails = text(target.emails());
		form.faxes = text(target.faxes());
		form.phones = text(target.phones());
		form.twitter = text(target.twitter());
		form.facebook = text(target.facebook());
		form.salutation = target.salutation();
		form.copy = target.copy();
		return form;
	}

	boolean isBlank() {
		return blank(title) && blank(name) && blank(organisation) && blank(addressLines) && blank(country)
				&& blank(emails) && blank(faxes) && blank(phones) && blank(twitter) && blank(facebook)
				&& blank(salutation);
	}

	Target toTarget() {
		return new Target(id, trimmed(title), trimmed(name), trimmed(organisation), lines(addressLines),
				trimmed(country), lines(emails), lines(faxes), lines(phones), lines(twitter), lines(facebook),
				trimmed(salutation), copy);
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getAddressLines() {
		return addressLines;
	}

	public void setAddressLines(String addressLines) {
		this.addressLines = addressLines;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getEmails() {
		return emails;
	}

	public void setEmails(String emails) {
		this.emails = emails;
	}

	public String getFaxes() {
		return faxes;
	}

	public void setFaxes(String faxes) {
		this.faxes = faxes;
	}

	public String getPhones() {
		return phones;
	}

	public void setPhones(String phones) {
		this.phones = phones;
	}

	public String getTwitter() {
		return twitter;
	}

	public void setTwitter(String twitter) {
		this.twitter = twitter;
	}

	public String getFacebook() {
		return facebook;
	}

	public void setFacebook(String facebook) {
		this.facebook = facebook;
	}

	public String getSalutation() {
		return salutation;
	}

	public void setSalutation(String salutation) {
		this.salutation = salutation;
	}

	public boolean isCopy() {
		return copy;
	}

	public void setCopy(boolean copy) {
		this.copy = copy;
	}

	public boolean isRemove() {
		return remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
