package org.urgentaction.action;

import java.util.List;

/**
 * CSV rows (RFC 4180) that spreadsheets open safely: fields are quoted when needed and a
 * text that starts like a formula gets a leading apostrophe.
 */
final class Csv {

	private final StringBuilder out = new StringBuilder();

	Csv row(Object... fields) {
		return row(java.util.Arrays.asList(fields));
	}

	Csv row(List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		out.append("\r\n");
		return this;
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
