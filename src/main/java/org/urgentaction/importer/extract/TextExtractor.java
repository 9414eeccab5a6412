package org.urgentaction.importer.extract;

import java.util.Set;

/**
 * Reads the text of one kind of document file. Implementations are stateless and refuse
 * what they cannot read with an {@link UnreadableDocumentException}.
 */
public interface TextExtractor {

	/** The short name of the format, e.g. {@code docx}. */
	String format();

	/** File name endings this extractor reads, lower case without the dot. */
	Set<String> extensions();

	/** Whether the first bytes of a file without a known ending look like this format. */
	boolean recognises(byte[] content);

	String extract(byte[] content, ExtractionLimits limits);

}
