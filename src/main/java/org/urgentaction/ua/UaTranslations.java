package org.urgentaction.ua;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * Writes, publishes and withdraws translations of documents, and gives each reader a
 * document in the language they ask for when it has been published in it. Every change is
 * written to the audit history in the same transaction.
 */
@Service
public class UaTranslations {

	private final UaTranslationRepository translations;

	private final UaService documents;

	private final AuditLog audit;

	private final Clock clock;

	UaTranslations(UaTranslationRepository translations, UaService documents, AuditLog audit, Clock clock) {
		this.translations = translations;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	/** A translation as saved, and whether it was new. */
	public record Saved(UaTranslation translation, boolean created) {
	}

	/**
	 * Writes the text of a translation (a new one is a draft; a published one stays
	 * published with the new text).
	 */
	@Transactional
	public Saved save(long documentId, String language, UaTranslation text, String actor) {
		UaDocument document = documents.get(documentId);
		String tag = translationLanguage(documentId, language);
		UaTranslation translation = new UaTranslation(documentId, tag, TranslationStatus.DRAFT, strip(text.title()),
				strip(text.summary()), strip(text.letter()), strip(text.additionalInformation()), text.pronouns(),
				text.salutations(), null, null);
		List<FieldProblem> problems = TranslationRules.check(translation, document);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean created = translations.save(translation, clock.instant());
		audit.record(actor, created ? "TRANSLATION_CREATED" : "TRANSLATION_UPDATED", "ua_document", documentId,
				tag + ": " + translation.title());
		return new Saved(get(documentId, tag), created);
	}

	@Transactional
	public UaTranslation publish(long documentId, String language, String actor) {
		UaTranslation translation = get(documentId, language);
		if (translations.changeStatus(documentId, translation.language(), TranslationStatus.PUBLISHED,
				clock.instant())) {
			audit.record(actor, "TRANSLATION_PUBLISHED", "ua_document", documentId, translation.language());
		}
		return get(documentId, translation.language());
	}

	/** Takes a translation off the public pages; it stays as a draft. */
	@Transactional
	public UaTranslation withdraw(long documentId, String language, String actor) {
		UaTranslation translation = get(documentId, language);
		if (translations.changeStatus(documentId, translation.language(), TranslationStatus.DRAFT, clock.instant())) {
			audit.record(actor, "TRANSLATION_WITHDRAWN", "ua_document", documentId, translation.language());
		}
		return get(documentId, translation.language());
	}

	@Transactional(readOnly = true)
	public UaTranslation get(long documentId, String language) {
		String tag = LanguageTag.normalise(language).orElseThrow(() -> badLanguage(language));
		return translations.find(documentId, tag)
			.orElseThrow(() -> new NotFoundException("Translation " + tag + " of document " + documentId));
	}

	@Transactional(readOnly = true)
	public Optional<UaTranslation> find(long documentId, String language) {
		return LanguageTag.normalise(language).flatMap((tag) -> translations.find(documentId, tag));
	}

	@Transactional(readOnly = true)
	public List<UaTranslation> all(long documentId) {
		return translations.forDocument(documentId);
	}

	/**
	 * The document that a document in {@code language} with this AI Index translates: one
	 * with the same AI Index written in another language.
	 */
	@Transactional(readOnly = true)
	public Optional<UaDocument> translatedBy(String aiIndex, String language) {
		Optional<String> tag = LanguageTag.normalise(language);
		if (aiIndex == null || aiIndex.isBlank() || tag.isEmpty()) {
			return Optional.empty();
		}
		String index = AiIndex.normalise(aiIndex).orElse(aiIndex);
		return translations.withAiIndexInOtherLanguage(index, tag.get()).flatMap(documents::find);
	}

	@Transactional(readOnly = true)
	public String originalLanguage(long documentId) {
		return translations.originalLanguage(documentId);
	}

	@Transactional
	public void setOriginalLanguage(long documentId, String language, String actor) {
		String tag = LanguageTag.normalise(language).orElseThrow(() -> badLanguage(language));
		if (!tag.equals(translations.originalLanguage(documentId))) {
			translations.setOriginalLanguage(documentId, tag);
			audit.record(actor, "DOCUMENT_LANGUAGE_SET", "ua_document", documentId, tag);
		}
	}

	/**
	 * The document in {@code requested} (a language tag, or null for the original): its
	 * published translation in that language (or in the same language of another region),
	 * else the original.
	 */
	@Transactional(readOnly = true)
	public Localized localized(UaDocument document, String requested) {
		return localizedFirst(document, requested == null ? List.of() : List.of(requested));
	}

	/**
	 * The document in the first of {@code preferred} that it is written or published in,
	 * else the original.
	 */
	@Transactional(readOnly = true)
	public Localized localizedFirst(UaDocument document, List<String> preferred) {
		List<String> languages = languages(document.id());
		String original = languages.get(0);
		String chosen = choose(languages, preferred);
		if (chosen.equals(original)) {
			return new Localized(document, original, original, languages);
		}
		UaTranslation translation = translations.find(document.id(), chosen).orElseThrow();
		return new Localized(translation.applyTo(document), chosen, original, languages);
	}

	/**
	 * The languages a document can be read in: its original first, then its published
	 * translations.
	 */
	@Transactional(readOnly = true)
	public List<String> languages(long documentId) {
		String original = translations.originalLanguage(documentId);
		List<String> languages = new ArrayList<>();
		languages.add(original);
		translations.publishedLanguages(documentId)
			.stream()
			.filter((tag) -> !tag.equals(original))
			.forEach(languages::add);
		return languages;
	}

	/**
	 * The first of {@code preferred} among {@code languages} (the same language of
	 * another region counts), else the first of {@code languages}, the original.
	 */
	public static String choose(List<String> languages, List<String> preferred) {
		for (String wanted : preferred) {
			Optional<String> match = LanguageTag.normalise(wanted).flatMap((tag) -> matching(languages, tag));
			if (match.isPresent()) {
				return match.get();
			}
		}
		return languages.get(0);
	}

	private static Optional<String> matching(List<String> languages, String tag) {
		return languages.stream()
			.filter(tag::equals)
			.findFirst()
			.or(() -> languages.stream().filter((l) -> LanguageTag.base(l).equals(LanguageTag.base(tag))).findFirst());
	}

	private String translationLanguage(long documentId, String language) {
		String tag = LanguageTag.normalise(language).orElseThrow(() -> badLanguage(language));
		if (tag.equals(translations.originalLanguage(documentId))) {
			throw new InvalidInputException(new FieldProblem("language", "translation.original", tag));
		}
		return tag;
	}

	private static InvalidInputException badLanguage(String language) {
		return new InvalidInputException(new FieldProblem("language", "translation.language"));
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
