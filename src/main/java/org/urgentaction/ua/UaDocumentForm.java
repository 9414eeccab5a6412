package org.urgentaction.ua;

import java.util.ArrayList;
import java.util.List;

/**
 * What the staff form for a document holds, as typed: dates and numbers stay text until
 * {@link UaFormConversion} reads them, so that a wrong value comes back as it was typed.
 */
public class UaDocumentForm {

	private long version;

	private DocumentKind kind = DocumentKind.INITIAL;

	private String sequence;

	private String uaNumber;

	private String aiIndex;

	private String country;

	private String issueDate;

	private String deadline;

	private String title;

	private String summary;

	private List<PersonForm> persons = new ArrayList<>();

	private List<TargetForm> targets = new ArrayList<>();

	private String letter;

	private String additionalInformation;

	private String preferredLanguages;

	private String previousUaLink;

	private String themes;

	private OutcomeType outcomeType;

	private String outcomeNote;

	static UaDocumentForm of(UaDocument document) {
		UaDocumentForm form = new UaDocumentForm();
		form.version = document.version();
		form.kind = document.kind();
		form.sequence = document.sequence() == 0 ? null : String.valueOf(document.sequence());
		form.uaNumber = document.uaNumber();
		form.aiIndex = document.aiIndex();
		form.country = document.country();
		form.issueDate = document.issueDate() == null ? null : document.issueDate().toString();
		form.deadline = document.deadline() == null ? null : document.deadline().toString();
		form.title = document.title();
		form.summary = document.summary();
		form.persons = new ArrayList<>(document.persons().stream().map(PersonForm::of).toList());
		form.targets = new ArrayList<>(document.targets().stream().map(TargetForm::of).toList());
		form.letter = document.letter();
		form.additionalInformation = document.additionalInformation();
		form.preferredLanguages = FormText.text(document.preferredLanguages());
		form.previousUaLink = document.previousUaLink();
		form.themes = FormText.text(document.themes());
		form.outcomeType = document.outcome() == null ? null : document.outcome().type();
		form.outcomeNote = document.outcome() == null ? null : document.outcome().note();
		return form;
	}

	/**
	 * Drops removed entries and makes sure there is at least one empty person and target
	 * to fill in.
	 */
	void tidy(boolean addPerson, boolean addTarget) {
		persons.removeIf((person) -> person == null || person.isRemove());
		targets.removeIf((target) -> target == null || target.isRemove());
		if (addPerson || persons.isEmpty()) {
			persons.add(new PersonForm());
		}
		if (addTarget || targets.isEmpty()) {
			targets.add(new TargetForm());
		}
	}

	// @formatter:off
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public DocumentKind getKind() { return kind; }
	public void setKind(DocumentKind kind) { this.kind = kind; }
	public String getSequence() { return sequence; }
	public void setSequence(String sequence) { this.sequence = sequence; }
	public String getUaNumber() { return uaNumber; }
	public void setUaNumber(String uaNumber) { this.uaNumber = uaNumber; }
	public String getAiIndex() { return aiIndex; }
	public void setAiIndex(String aiIndex) { this.aiIndex = aiIndex; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getIssueDate() { return issueDate; }
	public void setIssueDate(String issueDate) { this.issueDate = issueDate; }
	public String getDeadline() { return deadline; }
	public void setDeadline(String deadline) { this.deadline = deadline; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public List<PersonForm> getPersons() { return persons; }
	public void setPersons(List<PersonForm> persons) { this.persons = persons; }
	public List<TargetForm> getTargets() { return targets; }
	public void setTargets(List<TargetForm> targets) { this.targets = targets; }
	public String getLetter() { return letter; }
	public void setLetter(String letter) { this.letter = letter; }
	public String getAdditionalInformation() { return additionalInformation; }
	public void setAdditionalInformation(String additionalInformation) { this.additionalInformation = additionalInformation; }
	public String getPreferredLanguages() { return preferredLanguages; }
	public void setPreferredLanguages(String preferredLanguages) { this.preferredLanguages = preferredLanguages; }
	public String getPreviousUaLink() { return previousUaLink; }
	public void setPreviousUaLink(String previousUaLink) { this.previousUaLink = previousUaLink; }
	public String getThemes() { return themes; }
	public void setThemes(String themes) { this.themes = themes; }
	public OutcomeType getOutcomeType() { return outcomeType; }
	public void setOutcomeType(OutcomeType outcomeType) { this.outcomeType = outcomeType; }
	public String getOutcomeNote() { return outcomeNote; }
	public void setOutcomeNote(String outcomeNote) { this.outcomeNote = outcomeNote; }
	// @formatter:on

}
