package org.urgentaction.action;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.urgentaction.ua.UaCase;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaPageSection;
import org.urgentaction.ua.UaService;

/**
 * The action counter of the case and the "I took action" link on the public page.
 */
@Component
class ReportCounterSection implements UaPageSection {

	private final ReportService reports;

	private final UaService uas;

	ReportCounterSection(ReportService reports, UaService uas) {
		this.reports = reports;
		this.uas = uas;
	}

	@Override
	public String slot() {
		return SLOT_REPORT;
	}

	@Override
	public String template() {
		return "action/counter :: section";
	}

	@Override
	public Map<String, Object> model(UaDocument document) {
		if (!document.isPublished()) {
			return Map.of();
		}
		UaCase uaCase = uas.findCase(document.caseId()).orElse(null);
		if (uaCase == null || !uaCase.showsCounter()) {
			return Map.of();
		}
		boolean closed = !uaCase.acceptsActions();
		return Map.of("totals", reports.caseTotals(document.caseId()), "closed", closed, "reportPath",
				ReportFormController.formPath(document.id()));
	}

}
