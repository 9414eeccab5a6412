package org.urgentaction.mailing;

import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.Actor;

/**
 * Staff see each mailing's progress and can stop one that is under way: messages not yet
 * handed to the SMTP server are cancelled.
 */
@Controller
class MailingAdminController {

	private final MailingRepository mailings;

	private final OutboxRepository outbox;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailingAdminController(MailingRepository mailings, OutboxRepository outbox, AuditLog audit,
			TransactionTemplate transactions, Clock clock) {
		this.mailings = mailings;
		this.outbox = outbox;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping("/admin/mailings")
	String list(Model model) {
		model.addAttribute("mailings", mailings.recent(50));
		return "mailing/admin";
	}

	@PostMapping("/admin/mailings/{id}/stop")
	String stop(@PathVariable long id, Authentication authentication) {
		String actor = Actor.name(authentication);
		transactions.executeWithoutResult((status) -> {
			if (mailings.stop(id, actor, clock.instant())) {
				int cancelled = outbox.cancelMailing(id);
				audit.record(actor, "MAILING_STOPPED", "mailing", id, cancelled + " messages cancelled");
			}
		});
		return "redirect:/admin/mailings?stopped=" + id;
	}

}
