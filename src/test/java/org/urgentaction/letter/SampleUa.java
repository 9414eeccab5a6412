package org.urgentaction.letter;

import org.urgentaction.support.SampleDocument;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * The sample UA 46/19 as loaded into the test database.
 */
final class SampleUa {

	private SampleUa() {
	}

	static UaDocument document(UaService service) {
		return SampleDocument.of(service);
	}

	static Target prosecutor(UaService service) {
		return document(service).targets().get(0);
	}

	static Target ambassador(UaService service) {
		return document(service).targets().get(1);
	}

}
