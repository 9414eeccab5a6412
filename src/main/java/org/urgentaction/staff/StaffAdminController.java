package org.urgentaction.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.Actor;
import org.urgentaction.system.InvalidInputException;

/**
 * Staff accounts and API tokens, for administrators only (see
 * {@code SecurityConfiguration}).
 */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	private final StaffAccounts accounts;

	private final ApiTokens tokens;

	private final MessageSource messages;

	StaffAdminController(StaffAccounts accounts, ApiTokens tokens, MessageSource messages) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", newStaff(null, null, Role.COORDINATOR));
		}
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("tokens", tokens.list());
		model.addAttribute("roles", Role.values());
		return "staff/accounts";
	}

	@PostMapping
	String create(@RequestParam(required = false) String email, @RequestParam(required = false) String displayName,
			@RequestParam(required = false) Role role, @RequestParam(required = false) String password,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		try {
			accounts.create(email, displayName, role, password, Actor.name(authentication));
			redirect.addFlashAttribute("flash", "staff.created");
			return "redirect:/admin/staff";
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("form", newStaff(email, displayName, role));
			model.addAttribute("fieldErrors", fieldMessages(invalid));
			return list(model);
		}
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam(required = false) Role role, Authentication authentication,
			RedirectAttributes redirect) {
		return act(redirect, "staff.roleChanged", () -> accounts.changeRole(id, role, Actor.name(authentication)));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return act(redirect, "staff.disabled", () -> accounts.setEnabled(id, false, Actor.name(authentication)));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return act(redirect, "staff.enabled", () -> accounts.setEnabled(id, true, Actor.name(authentication)));
	}

	/**
	 * Shows the new token on this response only; it is not stored and cannot be read
	 * again.
	 */
	@PostMapping("/{id}/tokens")
	String createToken(@PathVariable long id, @RequestParam(required = false) String name,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffAccount account = accounts.get(id);
		try {
			model.addAttribute("token", tokens.create(account.id(), name, Actor.name(authentication)));
			model.addAttribute("account", account);
			return "staff/token";
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("problems", messagesOf(invalid));
			return "redirect:/admin/staff";
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return act(redirect, "staff.tokenRevoked", () -> tokens.revoke(id, Actor.name(authentication)));
	}

	private String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("problems", messagesOf(invalid));
		}
		return "redirect:/admin/staff";
	}

	private Map<String, String> fieldMessages(InvalidInputException invalid) {
		Map<String, String> byField = new LinkedHashMap<>();
		Locale locale = LocaleContextHolder.getLocale();
		invalid.problems()
			.forEach((p) -> byField.putIfAbsent(p.field(),
					messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)));
		return byField;
	}

	private List<String> messagesOf(InvalidInputException invalid) {
		return new ArrayList<>(fieldMessages(invalid).values());
	}

	/**
	 * What the "new staff account" form shows again after an error; never the password.
	 */
	private static Map<String, Object> newStaff(String email, String displayName, Role role) {
		Map<String, Object> form = new HashMap<>();
		form.put("email", email);
		form.put("displayName", displayName);
		form.put("role", role);
		return form;
	}

}
