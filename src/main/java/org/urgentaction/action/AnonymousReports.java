package org.urgentaction.action;

import org.springframework.stereotype.Component;
import org.urgentaction.ua.UaService;

/**
 * On a case whose reports are best anonymous (its safety advice), a report keeps no
 * address, nor a consent that needs one, even when a client sends them.
 */
@Component
class AnonymousReports {

	private final UaService uas;

	AnonymousReports(UaService uas) {
		this.uas = uas;
	}

	boolean required(long documentId) {
		return uas.find(documentId)
			.flatMap((document) -> uas.findCase(document.caseId()))
			.map((uaCase) -> uaCase.safety().anonymousReports())
			.orElse(false);
	}

	ReportInput withoutAddress(long documentId, ReportInput input) {
		if (input == null || !required(documentId)) {
			return input;
		}
		return new ReportInput(input.channel(), input.targetId(), input.count(), input.country(), null, false,
				input.note());
	}

}
