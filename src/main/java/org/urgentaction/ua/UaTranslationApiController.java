package org.urgentaction.ua;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.Actor;

/**
 * Translations of a document through the JSON API ({@code docs/api.md}); writing them is
 * for coordinators.
 */
@RestController
@RequestMapping("/api/uas/{id}/translations")
class UaTranslationApiController {

	private final UaTranslations translations;

	UaTranslationApiController(UaTranslations translations) {
		this.translations = translations;
	}

	/** What a client sends: the translated text fields. */
	record TranslationBody(String title, String summary, String letter, String additionalInformation,
			List<String> pronouns, Map<Long, String> salutations) {
	}

	/** A translation as the API answers it. */
	record TranslationJson(long documentId, String language, TranslationStatus status, String title, String summary,
			String letter, String additionalInformation, List<String> pronouns, Map<Long, String> salutations,
			java.time.Instant publishedAt, java.time.Instant updatedAt) {

		static TranslationJson of(UaTranslation t) {
			return new TranslationJson(t.documentId(), t.language(), t.status(), t.title(), t.summary(), t.letter(),
					t.additionalInformation(), t.pronouns(), t.salutations(), t.publishedAt(), t.updatedAt());
		}

	}

	@GetMapping
	List<TranslationJson> list(@PathVariable long id) {
		return translations.all(id).stream().map(TranslationJson::of).toList();
	}

	@GetMapping("/{lang}")
	TranslationJson get(@PathVariable long id, @PathVariable String lang) {
		return TranslationJson.of(translations.get(id, lang));
	}

	@PutMapping("/{lang}")
	ResponseEntity<TranslationJson> put(@PathVariable long id, @PathVariable String lang,
			@RequestBody TranslationBody body, Authentication authentication) {
		UaTranslation text = new UaTranslation(id, lang, TranslationStatus.DRAFT, body.title(), body.summary(),
				body.letter(), body.additionalInformation(), body.pronouns(), body.salutations(), null, null);
		UaTranslations.Saved saved = translations.save(id, lang, text, Actor.name(authentication));
		TranslationJson json = TranslationJson.of(saved.translation());
		return saved.created()
				? ResponseEntity.created(URI.create("/api/uas/" + id + "/translations/" + json.language())).body(json)
				: ResponseEntity.status(HttpStatus.OK).body(json);
	}

	@PostMapping("/{lang}/publish")
	TranslationJson publish(@PathVariable long id, @PathVariable String lang, Authentication authentication) {
		return TranslationJson.of(translations.publish(id, lang, Actor.name(authentication)));
	}

	/** Withdraws a published translation: it is kept as a draft. */
	@DeleteMapping("/{lang}")
	TranslationJson withdraw(@PathVariable long id, @PathVariable String lang, Authentication authentication) {
		return TranslationJson.of(translations.withdraw(id, lang, Actor.name(authentication)));
	}

}
