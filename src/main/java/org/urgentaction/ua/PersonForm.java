package org.urgentaction.ua;

/**
 * One person at risk on the staff form; {@code remove} drops them when the form is saved.
 */
public class PersonForm {

	private String name;

	private String pronouns;

	private boolean remove;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.name = person.name();
		form.pronouns = person.pronouns();
		return form;
	}

	boolean isBlank() {
		return FormText.blank(name) && FormText.blank(pronouns);
	}

	Person toPerson() {
		return new Person(FormText.trimmed(name), FormText.trimmed(pronouns));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPronouns() {
		return pronouns;
	}

	public void setPronouns(String pronouns) {
		this.pronouns = pronouns;
	}

	public boolean isRemove() {
		return remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
