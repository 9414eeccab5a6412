package org.urgentaction.action;

import org.urgentaction.ua.UaDocument;

/**
 * A part that another feature adds to the impact report PDF (e.g. the officials'
 * replies), after the figures, without this module knowing it.
 */
public interface ImpactReportSection {

	/**
	 * An XHTML fragment (text escaped, in English like the report) about the case of
	 * {@code document}; empty for nothing.
	 */
	String xhtml(UaDocument document);

}
