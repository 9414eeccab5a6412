package org.urgentaction.subscriber;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urgentaction.system.InvalidInputException;

/**
 * The public subscription form and the pages behind the links in mails. Everything works
 * without JavaScript; links carry a signed token, so no password is needed.
 */
@Controller
class SubscriptionPageController {

	private final SubscriptionService service;

	private final SubscriptionOptions options;

	SubscriptionPageController(SubscriptionService service, SubscriptionOptions options) {
		this.service = service;
		this.options = options;
	}

	@ModelAttribute
	void privateLinks(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
	}

	@GetMapping("/subscribe")
	String form(@RequestParam(required = false) List<String> countries, Model model, Locale locale) {
		SubscriptionForm form = new SubscriptionForm();
		if (countries != null) {
			form.setCountries(countries.stream().limit(20).toList());
		}
		model.addAttribute("form", form);
		options.addTo(model, locale);
		return "subscriber/subscribe";
	}

	@PostMapping("/subscribe")
	String subscribe(@ModelAttribute("form") SubscriptionForm form, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			service.subscribe(form.toRequest(), request.getRemoteAddr());
		}
		catch (TooManyConfirmationsException tooMany) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("errors", java.util.Map.of("form", options.message("subscriber.tooMany", locale)));
			options.addTo(model, locale);
			return "subscriber/subscribe";
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", options.errors(invalid, locale));
			options.addTo(model, locale);
			return "subscriber/subscribe";
		}
		return "redirect:/subscribe/sent";
	}

	@GetMapping("/subscribe/sent")
	String sent(Model model) {
		return message(model, "subscriber.sent.title", "subscriber.sent.text");
	}

	@GetMapping("/subscriptions/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "subscriber/confirm";
	}

	@PostMapping("/subscriptions/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		boolean first = service.confirm(token);
		return message(model, "subscriber.confirmed.title",
				first ? "subscriber.confirmed.text" : "subscriber.confirmed.already");
	}

	@GetMapping("/subscriptions/manage/{token}")
	String manage(@PathVariable String token, Model model, Locale locale) {
		Subscriber subscriber = service.manage(token);
		return managePage(token, subscriber, SubscriptionForm.of(subscriber), model, locale);
	}

	@PostMapping("/subscriptions/manage/{token}")
	String changePreferences(@PathVariable String token, @ModelAttribute("form") SubscriptionForm form, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			service.changePreferences(token, form.toRequest());
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", options.errors(invalid, locale));
			return managePage(token, service.manage(token), form, model, locale);
		}
		return "redirect:/subscriptions/manage/" + token + "?saved";
	}

	@PostMapping("/subscriptions/manage/{token}/pause")
	String pause(@PathVariable String token) {
		service.pause(token);
		return "redirect:/subscriptions/manage/" + token + "?paused";
	}

	@PostMapping("/subscriptions/manage/{token}/resume")
	String resume(@PathVariable String token) {
		service.resume(token);
		return "redirect:/subscriptions/manage/" + token + "?resumed";
	}

	@PostMapping("/subscriptions/manage/{token}/data-link")
	String dataLink(@PathVariable String token, Model model) {
		service.requestDataLink(token);
		return message(model, "subscriber.dataLink.title", "subscriber.dataLink.text");
	}

	@GetMapping("/subscriptions/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, Model model) {
		model.addAttribute("subscriber", service.manage(token));
		model.addAttribute("token", token);
		return "subscriber/unsubscribe";
	}

	/**
	 * The one-click unsubscribe of RFC 8058 ({@code List-Unsubscribe=One-Click} from a
	 * mail client) and the button of the page above. The signed token authorises it, so
	 * it needs no CSRF token (see the security configuration).
	 */
	@PostMapping("/subscriptions/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		service.unsubscribe(token);
		return message(model, "subscriber.unsubscribed.title", "subscriber.unsubscribed.text");
	}

	@GetMapping("/subscriptions/data/{token}")
	String dataPage(@PathVariable String token, Model model) {
		model.addAttribute("data", service.export(token));
		model.addAttribute("token", token);
		return "subscriber/data";
	}

	@PostMapping("/subscriptions/data/{token}/delete")
	String delete(@PathVariable String token, Model model) {
		service.delete(token);
		return message(model, "subscriber.deleted.title", "subscriber.deleted.text");
	}

	@ExceptionHandler(InvalidLinkException.class)
	String invalidLink(InvalidLinkException exception, Model model, HttpServletResponse response) {
		response.setStatus(exception.expired() ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
		return message(model, "subscriber.link.title",
				exception.expired() ? "subscriber.link.expired" : "subscriber.link.invalid");
	}

	private String managePage(String token, Subscriber subscriber, SubscriptionForm form, Model model, Locale locale) {
		model.addAttribute("subscriber", subscriber);
		model.addAttribute("form", form);
		model.addAttribute("token", token);
		options.addTo(model, locale);
		return "subscriber/manage";
	}

	private static String message(Model model, String title, String text) {
		model.addAttribute("titleKey", title);
		model.addAttribute("textKey", text);
		return "subscriber/message";
	}

}
