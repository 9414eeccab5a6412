package org.urgentaction.importer.parse;

import java.util.List;

import org.urgentaction.ua.UaDocument;

/**
 * Reads the fields of an Urgent Action from its text: the detector picks the layout whose
 * score is highest, the layout parser reads what it can, and {@link Completion} fills
 * gaps with marked guesses and warns about everything missing.
 */
public final class UaParser {

	private final List<LayoutParser> layouts;

	public UaParser() {
		this(List.of(new LabelledTemplateLayout(), new CurrentLayout(), new BulletLayout(), new EmailLayout(),
				new CircularLayout(), new WebPageLayout(), new SectionSummaryLayout()));
	}

	/**
	 * "Urgent action" in Arabic, the heading of Arabic documents (FORMATS.md layout 8).
	 */
	private static final String ARABIC_HEADING = "تحرك عاجل";

	UaParser(List<LayoutParser> layouts) {
		this.layouts = List.copyOf(layouts);
	}

	public Result parse(String raw) {
		UaText text = UaText.of(raw);
		Draft draft = new Draft();
		LayoutParser layout = null;
		int best = 0;
		for (LayoutParser candidate : layouts) {
			int score = candidate.score(text);
			if (score > best) {
				best = score;
				layout = candidate;
			}
		}
		if (layout == null) {
			draft.warn("layout", "layoutUnknown");
			layout = layouts.stream().filter(CurrentLayout.class::isInstance).findFirst().orElseThrow();
		}
		draft.vocabulary = Vocabulary.of(text);
		layout.parse(text, draft);
		Completion.complete(draft, text);
		String language = raw.contains(ARABIC_HEADING) ? "ar" : draft.vocabulary.code;
		return new Result(draft.toDocument(), List.copyOf(draft.warnings), layout.name(), language, draft.follows);
	}

	/**
	 * The document read (a draft, never stored by the parser), what to check in it, the
	 * layout it was read as, its language ({@code en}, {@code fr}, {@code es},
	 * {@code ar}) and, for an update that names it, the document it follows.
	 */
	public record Result(UaDocument document, List<ImportWarning> warnings, String layout, String language,
			PreviousDocument follows) {

		public Result {
			warnings = List.copyOf(warnings);
		}

	}

}
