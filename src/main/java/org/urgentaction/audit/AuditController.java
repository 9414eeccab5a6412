package org.urgentaction.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit history for staff, newest first. There is no way to change or remove an
 * entry.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 100;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String history(@RequestParam(defaultValue = "0") int page, Model model) {
		int number = Math.max(0, page);
		long total = audit.count();
		model.addAttribute("events", audit.page(number, PAGE_SIZE));
		model.addAttribute("number", number);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		return "audit/history";
	}

}
