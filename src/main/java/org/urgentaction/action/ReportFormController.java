package org.urgentaction.action;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.ua.UaCase;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * "I took action": the report form of a UA and the thank-you page with the new totals.
 * Plain HTML forms; no account and no JavaScript needed.
 */
@Controller
class ReportFormController {

	private final ReportService reports;

	private final UaService uas;

	private final MessageSource messages;

	private final NextSteps nextSteps;

	private final int maxCount;

	ReportFormController(ReportService reports, UaService uas, MessageSource messages, NextSteps nextSteps,
			AppProperties properties) {
		this.reports = reports;
		this.uas = uas;
		this.messages = messages;
		this.nextSteps = nextSteps;
		this.maxCount = properties.reports().maxCount();
	}

	static final String COUNTRY_COOKIE = "ua-country";

	static String formPath(long documentId) {
		return "/uas/" + documentId + "/reports/new";
	}

	/**
	 * The form; {@code channel} and {@code targetId} come from the "Did you send it?"
	 * links beside each way to act on the UA page and are chosen in the form.
	 */
	@GetMapping("/uas/{id:\\d+}/reports/new")
	String form(@PathVariable long id, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String targetId,
			@CookieValue(name = COUNTRY_COOKIE, required = false) String rememberedCountry, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		UaDocument document = published(id);
		ReporterCookie.readOrSet(request, response);
		ReportForm form = ReportForm.prefilled(Channel.parse(channel).orElse(null), target(document, targetId),
				firstCountry(rememberedCountry, request.getLocale().getCountry(), locale.getCountry()));
		return show(document, form, Map.of(), locale, model);
	}

	@PostMapping("/uas/{id:\\d+}/reports")
	String submit(@PathVariable long id, @ModelAttribute ReportForm form, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		UaDocument document = published(id);
		try {
			ReportInput input = form.toInput();
			String anonymousId = ReporterCookie.returned(request, response);
			StoredReport stored = reports.report(id, input, anonymousId, request.getRemoteAddr(), null);
			rememberCountry(input.country(), response);
			return "redirect:/uas/" + id + "/reports/thanks?counted=" + stored.report().counted()
					+ (stored.report().held() ? "&held=true" : "");
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(),
						messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale));
			}
			response.setStatus(422);
			return show(document, form, errors, locale, model);
		}
		catch (RateLimitedException ex) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
			return show(document, form, Map.of("form", message("action.form.tooMany", locale)), locale, model);
		}
		catch (WriterUnavailableException ex) {
			response.setStatus(503);
			response.setHeader("Retry-After", "1");
			return show(document, form, Map.of("form", message("action.form.unavailable", locale)), locale, model);
		}
	}

	@GetMapping("/uas/{id:\\d+}/reports/thanks")
	String thanks(@PathVariable long id, @RequestParam(defaultValue = "true") boolean counted,
			@RequestParam(defaultValue = "false") boolean held, Model model) {
		UaDocument document = published(id);
		model.addAttribute("doc", document);
		model.addAttribute("counted", counted);
		model.addAttribute("held", held && !counted);
		model.addAttribute("totals", reports.caseTotals(document.caseId()));
		model.addAttribute("others", nextSteps.otherOpenCases(document));
		model.addAttribute("share", nextSteps.share(document));
		return "action/thanks";
	}

	private String show(UaDocument document, ReportForm form, Map<String, String> errors, Locale locale, Model model) {
		model.addAttribute("doc", document);
		UaCase uaCase = uas.findCase(document.caseId()).orElseThrow();
		model.addAttribute("closed", !uaCase.acceptsActions());
		model.addAttribute("case", uaCase);
		model.addAttribute("form", form);
		model.addAttribute("channel", Channel.parse(form.channel()).map(Channel::name).orElse(null));
		model.addAttribute("errors", errors);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("countries", countries(locale));
		model.addAttribute("maxCount", maxCount);
		model.addAttribute("chosenTarget",
				document.targets()
					.stream()
					.filter((t) -> String.valueOf(t.id()).equals(form.targetId()))
					.findFirst()
					.orElse(null));
		return "action/form";
	}

	/**
	 * The country of the last report from this browser, else that of its languages, so
	 * that a "Did you send it?" report takes one tap.
	 */
	static String firstCountry(String... candidates) {
		List<String> known = Arrays.asList(Locale.getISOCountries());
		return Arrays.stream(candidates)
			.filter((code) -> code != null && known.contains(code.toUpperCase(Locale.ROOT)))
			.map((code) -> code.toUpperCase(Locale.ROOT))
			.findFirst()
			.orElse("");
	}

	private static void rememberCountry(String country, HttpServletResponse response) {
		String code = firstCountry(country);
		if (!code.isEmpty()) {
			response.addHeader("Set-Cookie",
					COUNTRY_COOKIE + "=" + code + "; Path=/uas; Max-Age=31536000; HttpOnly; SameSite=Lax");
		}
	}

	private static String target(UaDocument document, String targetId) {
		return document.targets()
			.stream()
			.map((t) -> String.valueOf(t.id()))
			.filter((id) -> id.equals(targetId))
			.findFirst()
			.orElse(null);
	}

	private UaDocument published(long id) {
		return uas.find(id).filter(UaDocument::isPublished).orElseThrow(() -> new NotFoundException("Document " + id));
	}

	/**
	 * ISO codes with their names in the visitor's language, in that language's order.
	 */
	static Map<String, String> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<String> codes = Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing((String code) -> new Locale("", code).getDisplayCountry(locale), collator))
			.toList();
		Map<String, String> countries = new LinkedHashMap<>();
		codes.forEach((code) -> countries.put(code, new Locale("", code).getDisplayCountry(locale)));
		return countries;
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
