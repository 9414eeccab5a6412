package org.urgentaction.staff;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.InvalidInputException;

/**
 * The second step of a login: the code of the authenticator app, or, for an administrator
 * who must have a second factor and has none yet, setting one up. Wrong codes count as
 * failed logins.
 */
@Controller
class SecondFactorController {

	private final StaffRepository staff;

	private final SecondFactor secondFactor;

	private final LoginThrottle throttle;

	private final LoginOutcomes outcomes;

	private final StaffSecurityProperties settings;

	private final AppProperties properties;

	private final Clock clock;

	SecondFactorController(StaffRepository staff, SecondFactor secondFactor, LoginThrottle throttle,
			LoginOutcomes outcomes, StaffSecurityProperties settings, AppProperties properties, Clock clock) {
		this.staff = staff;
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.outcomes = outcomes;
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/admin/login/code")
	String codePage(HttpServletRequest request) {
		return pending(request).isPresent() ? "staff/code" : "redirect:/admin/login";
	}

	@PostMapping("/admin/login/code")
	String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<StaffAccount> account = pending(request).flatMap((p) -> staff.findById(p.accountId()));
		if (account.isEmpty() || !account.get().hasSecondFactor()) {
			return "redirect:/admin/login";
		}
		String address = request.getRemoteAddr();
		var wait = throttle.blocked(account.get().email(), address);
		if (wait.isPresent()) {
			model.addAttribute("wait", new LoginThrottledException(wait.get()).retryAfterSeconds());
			response.setStatus(429);
			return "staff/code";
		}
		if (!secondFactor.accept(account.get(), code)) {
			throttle.failed(account.get().email(), address);
			model.addAttribute("wrongCode", true);
			response.setStatus(422);
			return "staff/code";
		}
		outcomes.complete(account.get(), request, response);
		return "redirect:/admin";
	}

	@GetMapping("/admin/login/setup")
	String setupPage(HttpServletRequest request, Model model) {
		Optional<PendingLogin> pending = pending(request).filter((p) -> p.newSecret() != null);
		if (pending.isEmpty()) {
			return "redirect:/admin/login";
		}
		StaffAccount account = staff.findById(pending.get().accountId()).orElseThrow();
		return showSetup(model, account, pending.get().newSecret());
	}

	@PostMapping("/admin/login/setup")
	String setup(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<PendingLogin> pending = pending(request).filter((p) -> p.newSecret() != null);
		Optional<StaffAccount> account = pending.flatMap((p) -> staff.findById(p.accountId()));
		if (account.isEmpty() || account.get().hasSecondFactor()) {
			return "redirect:/admin/login";
		}
		try {
			secondFactor.enable(account.get(), pending.get().newSecret(), code);
		}
		catch (InvalidInputException wrong) {
			throttle.failed(account.get().email(), request.getRemoteAddr());
			model.addAttribute("wrongCode", true);
			response.setStatus(422);
			return showSetup(model, account.get(), pending.get().newSecret());
		}
		outcomes.complete(account.get(), request, response);
		return "redirect:/admin";
	}

	private String showSetup(Model model, StaffAccount account, String secret) {
		model.addAttribute("secret", secret);
		model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
		model.addAttribute("otpauth", Totp.uri(properties.site().name(), account.email(), secret));
		return "staff/setup";
	}

	private Optional<PendingLogin> pending(HttpServletRequest request) {
		return Optional.ofNullable(PendingLogin.of(request))
			.filter((p) -> p.since().plus(settings.secondFactorTime()).isAfter(clock.instant()));
	}

}
