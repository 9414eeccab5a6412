package org.urgentaction.subscriber;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaPageSection;

/**
 * "Get Urgent Actions like this one by email" on the public page of a document, with the
 * document's country chosen in the form.
 */
@Component
class SubscribeSection implements UaPageSection {

	private final Countries countries;

	SubscribeSection(Countries countries) {
		this.countries = countries;
	}

	@Override
	public String slot() {
		return SLOT_FOLLOW;
	}

	@Override
	public String template() {
		return "subscriber/section :: section";
	}

	@Override
	public Map<String, Object> model(UaDocument document) {
		return Map.of("country", countries.code(document.country()).orElse(""));
	}

}
