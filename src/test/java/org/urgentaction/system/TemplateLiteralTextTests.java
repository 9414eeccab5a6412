package org.urgentaction.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows literal interface text: every word a visitor reads or hears comes
 * from a message bundle, so that it exists in every language. Text inside an element
 * whose content Thymeleaf replaces ({@code th:text}, {@code th:utext},
 * {@code th:replace}, {@code th:insert}) is only a prototype and is not shown. Text
 * without a letter (punctuation, symbols) passes. Mail text templates are checked too,
 * outside their {@code [(...)]}, {@code [[...]]} and {@code [# ...]} expressions.
 */
class TemplateLiteralTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes read out or shown to the visitor. */
	static final Set<String> SHOWN_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "aria-description");

	/** Elements whose content Thymeleaf replaces. */
	static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include",
			"data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");

	/**
	 * Literal words allowed in templates, each with why. Kept small: anything a visitor
	 * reads belongs in a bundle.
	 */
	static final Set<String> ALLOWED = Set.of();

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|\\[#[^]]*]|\\[/]",
			Pattern.DOTALL);

	@Test
	void templatesHoldNoLiteralInterfaceText() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = TEMPLATES.relativize(file).toString();
				String source = Files.readString(file, StandardCharsets.UTF_8);
				if (name.endsWith(".html")) {
					literalsInHtml(source).forEach((text) -> found.add(name + ": " + text));
				}
				else if (name.endsWith(".txt")) {
					literalsInText(source).forEach((text) -> found.add(name + ": " + text));
				}
			}
		}
		assertThat(found).as("literal interface text in templates (move it into a bundle)").isEmpty();
	}

	@Test
	void theCheckFindsLiteralTextButNotPrototypeTextOrSymbols() {
		assertThat(literalsInHtml(
				"""
						<p>Hello <span th:text="#{a}">prototype</span> · 12 <b>world</b></p>
						<img src="x" alt="A picture"><input th:placeholder="#{b}" placeholder="Name">
						<input type="submit" value="Send"><button name="a" value="hidden">→</button><div th:insert="~{x}">inserted</div>
						<p>[[#{c}]] [(${d})]</p>"""))
			.containsExactly("Hello", "world", "alt=A picture", "placeholder=Name", "value=Send");
		assertThat(literalsInText("[(#{mail.hello})]\n\nSee: [(${url})]\n[# th:if=\"${x}\"]yes[/]"))
			.containsExactly("See:", "yes");
	}

	static List<String> literalsInHtml(String source) {
		try {
			Document document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(source);
			List<String> found = new ArrayList<>();
			collect(document, found);
			return found;
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collect(INestableNode parent, List<String> found) {
		for (INode node : parent.getChildren()) {
			if (node instanceof Text text) {
				shownText(text.getContent(), found);
			}
			else if (node instanceof Element element) {
				String name = element.getElementName().toLowerCase();
				shownAttributes(element, found);
				boolean replaced = element.getAttributeMap().keySet().stream().anyMatch(REPLACING::contains);
				if (!replaced && !name.equals("script") && !name.equals("style")) {
					collect(element, found);
				}
			}
		}
	}

	private static void shownAttributes(Element element, List<String> found) {
		element.getAttributeMap().forEach((attribute, value) -> {
			boolean shown = SHOWN_ATTRIBUTES.contains(attribute) || (attribute.equals("value") && isButton(element));
			if (shown && value != null && LETTER.matcher(value).find() && !ALLOWED.contains(value.strip())) {
				found.add(attribute + "=" + value.strip());
			}
		});
	}

	/**
	 * The value of an input button is its label; a button element's value is not shown.
	 */
	private static boolean isButton(Element element) {
		String type = String.valueOf(element.getAttributeValue("type")).toLowerCase();
		return element.getElementName().equalsIgnoreCase("input") && Set.of("submit", "button", "reset").contains(type);
	}

	static List<String> literalsInText(String source) {
		List<String> found = new ArrayList<>();
		shownText(source, found);
		return found;
	}

	private static void shownText(String content, List<String> found) {
		for (String part : INLINE_EXPRESSION.split(content)) {
			String text = part.strip().replaceAll("\\s+", " ");
			if (LETTER.matcher(text).find() && !ALLOWED.contains(text)) {
				found.add(text);
			}
		}
	}

}
