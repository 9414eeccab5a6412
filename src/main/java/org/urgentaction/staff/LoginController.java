package org.urgentaction.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/** The longest wait the page names; a larger {@code ?wait=} is a forged link. */
	private static final long MAX_WAIT_SECONDS = 86_400;

	@GetMapping("/admin/login")
	String login(@RequestParam(required = false) String wait, Model model) {
		if (wait != null) {
			model.addAttribute("wait", seconds(wait));
		}
		return "staff/login";
	}

	private static long seconds(String wait) {
		try {
			return Math.min(Math.max(Long.parseLong(wait.strip()), 1), MAX_WAIT_SECONDS);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
