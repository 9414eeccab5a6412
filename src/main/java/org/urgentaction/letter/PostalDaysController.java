package org.urgentaction.letter;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.Actor;
import org.urgentaction.system.InvalidInputException;

/**
 * The staff page of postal times: the default from the settings, and the countries a
 * letter takes longer (or shorter) to reach.
 */
@Controller
class PostalDaysController {

	private final PostalDays postalDays;

	private final MessageSource messages;

	PostalDaysController(PostalDays postalDays, MessageSource messages) {
		this.postalDays = postalDays;
		this.messages = messages;
	}

	@GetMapping("/admin/postal-days")
	String page(Model model) {
		model.addAttribute("defaultDays", postalDays.defaultDays());
		model.addAttribute("entries", postalDays.overrides());
		return "letter/postal-days";
	}

	@PostMapping("/admin/postal-days")
	String set(@RequestParam(required = false) String country, @RequestParam(required = false) String days,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		try {
			postalDays.set(country, days, Actor.name(authentication));
			redirect.addFlashAttribute("flash", "channels.admin.saved");
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("problems",
					invalid.problems()
						.stream()
						.map((p) -> messages.getMessage("channels.field." + p.field(), null, p.field(), locale) + ": "
								+ messages.getMessage(p.code(), p.args().toArray(), p.code(), locale))
						.toList());
		}
		return "redirect:/admin/postal-days";
	}

	@PostMapping("/admin/postal-days/remove")
	String remove(@RequestParam String country, Authentication authentication, RedirectAttributes redirect) {
		postalDays.remove(country, Actor.name(authentication));
		redirect.addFlashAttribute("flash", "channels.admin.removed");
		return "redirect:/admin/postal-days";
	}

}
