package org.urgentaction.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaCase;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Letters as PDF for a published document of an open case: to one target, or one letter
 * per target (those receiving copies too) in one file. What the activist typed is used
 * for the PDF only and never stored.
 */
@Service
public class LetterService {

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_ADDRESS_LINES = 8;

	/** The longest language tag (BCP 47) a letter may name. */
	static final int MAX_LANGUAGE_LENGTH = 35;

	static final int MAX_NAMED_CHARACTERS = 10;

	private final UaService uas;

	private final PdfRenderer renderer;

	private final AppProperties properties;

	private final Clock clock;

	private final Timer rendering;

	LetterService(UaService uas, PdfRenderer renderer, AppProperties properties, Clock clock, MeterRegistry meters) {
		this.uas = uas;
		this.renderer = renderer;
		this.properties = properties;
		this.clock = clock;
		this.rendering = Timer.builder("ua.letters.render").description("Letter PDFs rendered").register(meters);
	}

	/** A published document whose case is open, or {@link NotFoundException}. */
	UaDocument actionable(long documentId) {
		UaDocument document = uas.find(documentId)
			.filter(UaDocument::isPublished)
			.orElseThrow(() -> new NotFoundException("Document " + documentId));
		if (uas.findCase(document.caseId()).map(UaCase::closed).orElse(true)) {
			throw new InvalidInputException(new FieldProblem("id", "letter.caseClosed"));
		}
		return document;
	}

	/**
	 * The letter to one target; an edited text that opens with the greeting of another
	 * target of the document (the page has one composer for all) opens with this one's.
	 */
	byte[] pdf(long documentId, LetterRequest request, Locale fallback, LetterXhtml.Style style) {
		UaDocument document = actionable(documentId);
		check(request, true);
		Target target = document.target(request.targetId());
		if (target == null) {
			throw new InvalidInputException(
					new FieldProblem("targetId", "letter.unknownTarget", String.valueOf(request.targetId())));
		}
		String text = (request.text() == null || request.text().isBlank()) ? DefaultLetter.forTarget(document, target)
				: DefaultLetter.addressedTo(document, target, request.text());
		return render(List.of(letter(target, request, text, fallback)), request, style);
	}

	/**
	 * One letter per target; an edited text is addressed to each target by its own
	 * greeting.
	 */
	byte[] pdfForAll(long documentId, LetterRequest request, Locale fallback, LetterXhtml.Style style) {
		UaDocument document = actionable(documentId);
		check(request, false);
		List<Letter> letters = new ArrayList<>();
		for (Target target : document.targets()) {
			String text = (request.text() == null || request.text().isBlank())
					? DefaultLetter.forTarget(document, target)
					: DefaultLetter.addressedTo(document, target, request.text());
			letters.add(letter(target, request, text, fallback));
		}
		return render(letters, request, style);
	}

	private byte[] render(List<Letter> letters, LetterRequest request, LetterXhtml.Style style) {
		Paper paper = (request.paper() == null) ? Paper.A4 : request.paper();
		String serifFamily = renderer.serifFamilyFor(letters.get(0).locale(), LetterXhtml.allText(letters));
		return rendering.record(() -> renderer.render(LetterXhtml.of(letters, paper, style, serifFamily)));
	}

	private Letter letter(Target target, LetterRequest request, String text, Locale fallback) {
		List<String> address = request.senderAddressLines().stream().map(renderer::printable).toList();
		return new Letter(target, renderer.printable(request.senderName()), address, renderer.printable(text),
				LocalDate.now(clock), locale(request.language(), fallback));
	}

	private void check(LetterRequest request, boolean needsTarget) {
		List<FieldProblem> problems = new ArrayList<>();
		if (needsTarget && request.targetId() == null) {
			problems.add(new FieldProblem("targetId", "validation.required"));
		}
		int maxText = properties.letters().maxTextLength();
		if (request.text() != null && request.text().length() > maxText) {
			problems.add(new FieldProblem("text", "validation.length", maxText));
		}
		if (request.senderName() != null && request.senderName().length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("senderName", "validation.length", MAX_NAME_LENGTH));
		}
		if (request.language() != null && request.language().length() > MAX_LANGUAGE_LENGTH) {
			problems.add(new FieldProblem("language", "validation.length", MAX_LANGUAGE_LENGTH));
		}
		if (request.senderAddressLines().size() > MAX_ADDRESS_LINES) {
			problems.add(new FieldProblem("senderAddressLines", "letter.tooManyLines", MAX_ADDRESS_LINES));
		}
		for (int i = 0; i < request.senderAddressLines().size(); i++) {
			String line = request.senderAddressLines().get(i);
			if (line != null && line.length() > MAX_NAME_LENGTH) {
				problems.add(new FieldProblem("senderAddressLines[" + i + "]", "validation.length", MAX_NAME_LENGTH));
			}
		}
		missingCharacters("text", request.text(), problems);
		missingCharacters("senderName", request.senderName(), problems);
		for (int i = 0; i < request.senderAddressLines().size(); i++) {
			missingCharacters("senderAddressLines[" + i + "]", request.senderAddressLines().get(i), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * A letter is never printed with characters silently missing: what no bundled font
	 * can draw (emoji among them) is named.
	 */
	private void missingCharacters(String field, String text, List<FieldProblem> problems) {
		List<Integer> missing = renderer.missingCharacters(XmlText.clean(text));
		if (!missing.isEmpty()) {
			String named = missing.stream()
				.limit(MAX_NAMED_CHARACTERS)
				.map((c) -> Character.toString(c) + " (U+" + String.format("%04X", c) + ")")
				.collect(java.util.stream.Collectors.joining(", "));
			problems.add(new FieldProblem(field, "letter.missingCharacters", named, missing.size()));
		}
	}

	static Locale locale(String language, Locale fallback) {
		if (language != null && !language.isBlank()) {
			try {
				Locale requested = new Locale.Builder().setLanguageTag(language.strip()).build();
				if (!requested.getLanguage().isEmpty()) {
					return requested;
				}
			}
			catch (IllformedLocaleException ex) {
				// an unknown tag: the date is written in the page's language
			}
		}
		return (fallback == null) ? Locale.ENGLISH : fallback;
	}

}
