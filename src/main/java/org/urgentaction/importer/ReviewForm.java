package org.urgentaction.importer;

import org.urgentaction.ua.UaDocumentForm;

/**
 * The document form of the staff pages, with what the review page carries along: the
 * imported file's name, its content hash (to refuse a second import) and the extracted
 * text shown beside the fields.
 */
public class ReviewForm extends UaDocumentForm {

	private String fileName;

	private String contentHash;

	private String text;

	private int warningCount;

	private String language;

	// @formatter:off
	public String getFileName() { return fileName; }
	public void setFileName(String fileName) { this.fileName = fileName; }
	public String getContentHash() { return contentHash; }
	public void setContentHash(String contentHash) { this.contentHash = contentHash; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public int getWarningCount() { return warningCount; }
	public void setWarningCount(int warningCount) { this.warningCount = warningCount; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	// @formatter:on

}
