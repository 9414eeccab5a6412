package org.urgentaction.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.urgentaction.ua.Target;
import org.urgentaction.ua.TranslationStatus;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaTranslation;

/**
 * The text fields of an imported document as a translation of another: title, summary,
 * letter, additional information, and the salutations of its targets given to the
 * original's targets in the same order.
 */
final class ImportedTranslation {

	private ImportedTranslation() {
	}

	static UaTranslation of(UaDocument original, UaDocument imported) {
		Map<Long, String> salutations = new HashMap<>();
		List<Target> targets = original.targets();
		for (int i = 0; i < Math.min(targets.size(), imported.targets().size()); i++) {
			String salutation = imported.targets().get(i).salutation();
			if (salutation != null && !salutation.isBlank() && salutation.length() <= 300) {
				salutations.put(targets.get(i).id(), salutation.strip());
			}
		}
		return new UaTranslation(original.id(), null, TranslationStatus.DRAFT, imported.title(), imported.summary(),
				imported.letter(), imported.additionalInformation(), List.of(), salutations, null, null);
	}

}
