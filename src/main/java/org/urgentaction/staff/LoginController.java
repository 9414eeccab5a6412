package org.urgentaction.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login() {
		return "staff/login";
	}

}
