package org.urgentaction.staff;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.InvalidInputException;

/**
 * A staff member's own account, for every role: the password and the second factor.
 */
@Controller
@RequestMapping("/admin/account")
class AccountController {

	private static final String NEW_SECRET = AccountController.class.getName() + ".secret";

	private final StaffAccounts accounts;

	private final StaffRepository staff;

	private final SecondFactor secondFactor;

	private final MessageSource messages;

	private final AppProperties properties;

	AccountController(StaffAccounts accounts, StaffRepository staff, SecondFactor secondFactor, MessageSource messages,
			AppProperties properties) {
		this.accounts = accounts;
		this.staff = staff;
		this.secondFactor = secondFactor;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping
	String page(Authentication authentication, HttpServletRequest request, Model model) {
		StaffAccount account = staff.findByEmail(authentication.getName()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("required", secondFactor.required(account));
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		HttpSession session = request.getSession(false);
		String secret = (session == null) ? null : (String) session.getAttribute(NEW_SECRET);
		if (secret != null && !account.hasSecondFactor()) {
			model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
			model.addAttribute("otpauth", Totp.uri(properties.site().name(), account.email(), secret));
		}
		return "staff/account";
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(required = false) String current,
			@RequestParam(required = false) String password, @RequestParam(required = false) String repeated,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.changePassword(authentication.getName(), current, password, repeated,
					request.getSession().getId());
			request.changeSessionId();
			redirect.addFlashAttribute("flash", "staff.password.changed");
			return "redirect:/admin/account";
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("fieldErrors", fieldMessages(invalid));
			response.setStatus(422);
			return page(authentication, request, model);
		}
	}

	@PostMapping("/second-factor/start")
	String start(HttpServletRequest request) {
		request.getSession().setAttribute(NEW_SECRET, Totp.newSecret());
		return "redirect:/admin/account";
	}

	@PostMapping("/second-factor/confirm")
	String confirm(@RequestParam(required = false) String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		StaffAccount account = staff.findByEmail(authentication.getName()).orElseThrow();
		try {
			secondFactor.enable(account, (String) request.getSession().getAttribute(NEW_SECRET), code);
			request.getSession().removeAttribute(NEW_SECRET);
			redirect.addFlashAttribute("flash", "staff.twoFactor.enabled");
			return "redirect:/admin/account";
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("fieldErrors", fieldMessages(invalid));
			response.setStatus(422);
			return page(authentication, request, model);
		}
	}

	@PostMapping("/second-factor/disable")
	String disable(@RequestParam(required = false) String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		StaffAccount account = staff.findByEmail(authentication.getName()).orElseThrow();
		try {
			if (!secondFactor.accept(account, code)) {
				throw new InvalidInputException(
						new org.urgentaction.system.FieldProblem("disableCode", "staff.twoFactor.wrongCode"));
			}
			secondFactor.disable(account);
			redirect.addFlashAttribute("flash", "staff.twoFactor.disabled");
			return "redirect:/admin/account";
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("fieldErrors", fieldMessages(invalid));
			response.setStatus(422);
			return page(authentication, request, model);
		}
	}

	private Map<String, String> fieldMessages(InvalidInputException invalid) {
		Map<String, String> byField = new LinkedHashMap<>();
		Locale locale = LocaleContextHolder.getLocale();
		invalid.problems()
			.forEach((p) -> byField.putIfAbsent(p.field(),
					messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)));
		return byField;
	}

}
