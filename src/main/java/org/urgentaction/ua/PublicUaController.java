package org.urgentaction.ua;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.urgentaction.system.Actor;
import org.urgentaction.system.NotFoundException;

/**
 * The public pages: the list of open cases and the page of each document with its case
 * thread. They work without JavaScript and without an account.
 */
@Controller
class PublicUaController {

	static final int PAGE_SIZE = 20;

	private final UaService service;

	private final UaCatalogue catalogue;

	private final List<UaPageSection> sections;

	private final List<UaListBadge> badges;

	private final Clock clock;

	private final UaTranslations translations;

	PublicUaController(UaService service, UaCatalogue catalogue, List<UaPageSection> sections, List<UaListBadge> badges,
			Clock clock, UaTranslations translations) {
		this.service = service;
		this.translations = translations;
		this.catalogue = catalogue;
		this.sections = sections;
		this.badges = badges;
		this.clock = clock;
	}

	@GetMapping({ "/", "/uas" })
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		UaFilter filter = new UaFilter(country, theme, q);
		UaCatalogue.Page found = catalogue.openCases(filter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("page", found);
		model.addAttribute("countries", catalogue.countriesOfOpenCases());
		model.addAttribute("themes", catalogue.themesOfOpenCases());
		model.addAttribute("today", LocalDate.now(clock));
		List<Map<String, Object>> badgeColumns = new ArrayList<>();
		for (UaListBadge badge : badges) {
			badgeColumns.add(Map.of("template", badge.template(), "values", badge.badges(found.items())));
		}
		model.addAttribute("badges", badgeColumns);
		return "ua/list";
	}

	@GetMapping("/uas/{id:\\d+}")
	String shortLink(@PathVariable long id, Authentication authentication) {
		return "redirect:" + UaLinks.path(visible(id, authentication));
	}

	@GetMapping("/uas/{id:\\d+}/{slug}")
	String page(@PathVariable long id, @PathVariable String slug, @RequestParam(required = false) String lang,
			Locale locale, Authentication authentication, Model model) {
		UaDocument original = visible(id, authentication);
		String requested = LanguageTag.normalise(lang).orElse(locale.getLanguage());
		Localized localized = translations.localized(original, requested);
		UaDocument document = localized.document();
		if (!UaLinks.slug(original).equals(slug) && !UaLinks.slug(document).equals(slug)) {
			return "redirect:" + UaLinks.path(original);
		}
		TranslationLinks.addTo(model, localized, requested, locale, UaLinks.path(original));
		boolean staff = Actor.isStaff(authentication);
		List<UaDocument> thread = service.thread(document.caseId())
			.stream()
			.filter((d) -> staff || d.isPublished())
			.toList();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("doc", document);
		model.addAttribute("case", service.findCase(document.caseId()).orElseThrow());
		model.addAttribute("thread", thread);
		model.addAttribute("today", today);
		model.addAttribute("daysLeft",
				document.deadline() == null ? null : ChronoUnit.DAYS.between(today, document.deadline()));
		model.addAttribute("sections", sectionsFor(document, localized.language()));
		model.addAttribute("newest", newestPublished(thread, document));
		Lead lead = Lead.of(document.summary());
		model.addAttribute("lead", lead.first());
		model.addAttribute("rest", lead.rest());
		return "ua/page";
	}

	/**
	 * The latest published document of the case when it is not this one: the page of an
	 * earlier document says so at the top and links to it.
	 */
	static UaDocument newestPublished(List<UaDocument> thread, UaDocument document) {
		Comparator<UaDocument> order = Comparator.comparingInt(UaDocument::sequence).thenComparing(UaDocument::id);
		return thread.stream()
			.filter(UaDocument::isPublished)
			.max(order)
			.filter((newest) -> order.compare(newest, document) > 0)
			.orElse(null);
	}

	private Map<String, List<Map<String, Object>>> sectionsFor(UaDocument document, String textLanguage) {
		Map<String, List<Map<String, Object>>> bySlot = new LinkedHashMap<>();
		sections.stream().sorted(Comparator.comparingInt(UaPageSection::order)).forEach((section) -> {
			Map<String, Object> sectionModel = section.model(document, textLanguage);
			if (!sectionModel.isEmpty()) {
				bySlot.computeIfAbsent(section.slot(), (slot) -> new ArrayList<>())
					.add(Map.of("template", section.template(), "model", sectionModel));
			}
		});
		return bySlot;
	}

	private UaDocument visible(long id, Authentication authentication) {
		UaDocument document = service.find(id).orElseThrow(() -> new NotFoundException("Document " + id));
		if (!document.isPublished() && !Actor.isStaff(authentication)) {
			throw new NotFoundException("Document " + id);
		}
		return document;
	}

}
