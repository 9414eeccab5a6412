package org.urgentaction.ua;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Filled-in staff forms and UA numbers no other test uses.
 */
final class DocumentForms {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

	private DocumentForms() {
	}

	/**
	 * A UA number of a year no sample uses, different on every call.
	 */
	static String uniqueNumber() {
		return NEXT.incrementAndGet() + "/" + (30 + ThreadLocalRandom.current().nextInt(60));
	}

	/**
	 * A complete first document with one person and two targets.
	 */
	static Map<String, String> complete(String uaNumber, String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("action", "save");
		form.put("version", "0");
		form.put("kind", "INITIAL");
		form.put("sequence", "");
		form.put("uaNumber", uaNumber);
		form.put("aiIndex", "AMR 41/1234/2025");
		form.put("country", "Mexico");
		form.put("issueDate", "2025-03-01");
		form.put("deadline", "2025-04-12");
		form.put("title", title);
		form.put("summary", "A journalist was detained after reporting on a protest.");
		form.put("persons[0].name", "Ana Example");
		form.put("persons[0].pronouns", "she/her");
		form.put("targets[0].title", "Attorney General");
		form.put("targets[0].name", "Juan Fiscal");
		form.put("targets[0].organisation", "Fiscalía General");
		form.put("targets[0].addressLines", "Avenida Reforma 211\nCiudad de México");
		form.put("targets[0].country", "Mexico");
		form.put("targets[0].emails", "fiscal@example.org\nsecond@example.org");
		form.put("targets[0].faxes", "+52 55 1111 2222");
		form.put("targets[0].phones", "+52 55 3333 4444");
		form.put("targets[0].twitter", "@FiscaliaExample");
		form.put("targets[0].facebook", "FiscaliaExamplePage");
		form.put("targets[0].salutation", "Dear Attorney General");
		form.put("targets[1].title", "Ambassador");
		form.put("targets[1].name", "H.E. Maria Embajadora");
		form.put("targets[1].organisation", "Embassy of Mexico");
		form.put("targets[1].addressLines", "1 Embassy Row");
		form.put("targets[1].country", "United Kingdom");
		form.put("targets[1].emails", "embassy@example.org");
		form.put("targets[1].salutation", "Dear Ambassador");
		form.put("targets[1].copy", "true");
		form.put("letter", "Dear Attorney General,\nPlease release Ana Example.\nYours sincerely,");
		form.put("additionalInformation", "Ana Example has reported on protests since 2019.");
		form.put("preferredLanguages", "Spanish\nEnglish");
		form.put("previousUaLink", "");
		form.put("themes", "freedom of expression\njournalists");
		form.put("outcomeType", "");
		form.put("outcomeNote", "");
		return form;
	}

}
