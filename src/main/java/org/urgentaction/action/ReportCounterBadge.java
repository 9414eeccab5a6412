package org.urgentaction.action;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaListBadge;

/**
 * "1,234 actions from 27 countries" under each case of the public list, read for the
 * whole page in one query.
 */
@Component
class ReportCounterBadge implements UaListBadge {

	private final TotalsRepository totals;

	ReportCounterBadge(TotalsRepository totals) {
		this.totals = totals;
	}

	/** What the badge shows of a case. */
	record Counter(long actions, long countries) {
	}

	@Override
	public String template() {
		return "action/counter :: badge";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Object> badges(List<UaDocument> documents) {
		Map<Long, long[]> byCase = totals
			.actionsAndCountriesByCase(documents.stream().map(UaDocument::caseId).distinct().toList());
		Map<Long, Object> badges = new HashMap<>();
		for (UaDocument document : documents) {
			long[] values = byCase.get(document.caseId());
			badges.put(document.id(), (values == null) ? new Counter(0, 0) : new Counter(values[0], values[1]));
		}
		return badges;
	}

}
