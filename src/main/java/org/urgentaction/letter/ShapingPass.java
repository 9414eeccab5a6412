package org.urgentaction.letter;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Takes the text of scripts that openhtmltopdf cannot shape out of an XHTML document
 * before layout: each run of such text, cut where a line may break, becomes an
 * {@code <object>} as wide as the shaped run and as high as a line, which the layout
 * places like a word and {@link ShapedTextDrawer} fills with the shaped glyphs.
 */
final class ShapingPass {

	/** A run of text of one script, shaped with that script's font. */
	record Run(BundledFonts.Face face, Shaper.Shaped shaped) {
	}

	/** The document to lay out and its runs by {@code data-run} attribute. */
	record Result(Document document, Map<String, Run> runs) {
	}

	private static final ThreadLocal<DocumentBuilder> XML = ThreadLocal.withInitial(ShapingPass::documentBuilder);

	private final BundledFonts fonts;

	ShapingPass(BundledFonts fonts) {
		this.fonts = fonts;
	}

	/** Whether {@code xhtml} holds any text that must be shaped here. */
	boolean needed(String xhtml) {
		return xhtml.codePoints().anyMatch((c) -> c >= 0x0900 && fonts.shapedFace(c) != null);
	}

	Result apply(String xhtml) {
		Document document = parse(xhtml);
		Map<String, Run> runs = new HashMap<>();
		replaceIn(document.getDocumentElement(), runs);
		return new Result(document, runs);
	}

	private void replaceIn(Element element, Map<String, Run> runs) {
		String name = element.getTagName().toLowerCase(Locale.ROOT);
		if (name.equals("head") || name.equals("style") || name.equals("script") || name.equals("object")) {
			return;
		}
		for (Node child = element.getFirstChild(); child != null;) {
			Node next = child.getNextSibling();
			if (child instanceof Element childElement) {
				replaceIn(childElement, runs);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				replaceText(element, child, runs);
			}
			child = next;
		}
	}

	private void replaceText(Element parent, Node text, Map<String, Run> runs) {
		String value = text.getNodeValue();
		if (!needed(value)) {
			return;
		}
		Document document = parent.getOwnerDocument();
		int plainStart = 0;
		int i = 0;
		while (i < value.length()) {
			int c = value.codePointAt(i);
			BundledFonts.Face face = fonts.shapedFace(c);
			if (face == null) {
				i += Character.charCount(c);
				continue;
			}
			int start = runStart(value, plainStart, i, face);
			int end = runEnd(value, i, face);
			if (start > plainStart) {
				parent.insertBefore(document.createTextNode(value.substring(plainStart, start)), text);
			}
			for (String piece : breakable(value.substring(start, end))) {
				parent.insertBefore(object(document, face, piece, runs), text);
			}
			plainStart = end;
			i = end;
		}
		if (plainStart < value.length()) {
			parent.insertBefore(document.createTextNode(value.substring(plainStart)), text);
		}
		parent.removeChild(text);
	}

	/**
	 * A run takes in the signs before its first letter that belong to no script and that
	 * its font has (an opening quote or bracket, a space), so that they are drawn in
	 * order.
	 */
	private int runStart(String value, int limit, int letter, BundledFonts.Face face) {
		int start = letter;
		while (start > limit) {
			int c = value.codePointBefore(start);
			if (!neutralIn(face, c)) {
				break;
			}
			start -= Character.charCount(c);
		}
		return start;
	}

	/**
	 * Where the run that starts at {@code start} ends: it goes on over letters of its
	 * script and over the signs its font has that belong to no script (spaces, digits,
	 * punctuation, dandas, joiners).
	 */
	private int runEnd(String value, int start, BundledFonts.Face face) {
		int end = start;
		while (end < value.length()) {
			int c = value.codePointAt(end);
			if (fonts.shapedFace(c) != face && !neutralIn(face, c)) {
				break;
			}
			end += Character.charCount(c);
		}
		while (end > start && opening(value.codePointBefore(end))) {
			end -= Character.charCount(value.codePointBefore(end));
		}
		return end;
	}

	/** An opening bracket or quote at a run's end belongs to what follows it. */
	private static boolean opening(int c) {
		int type = Character.getType(c);
		return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
	}

	private boolean neutralIn(BundledFonts.Face face, int c) {
		int script = UScript.getScript(c);
		return (script == UScript.COMMON || script == UScript.INHERITED) && fonts.shapedHas(face, c);
	}

	/**
	 * The run cut where a line may break (between words, also in Thai, Khmer, Burmese).
	 */
	private static List<String> breakable(String run) {
		BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
		breaks.setText(run);
		List<String> pieces = new ArrayList<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			pieces.add(run.substring(start, end));
		}
		return pieces;
	}

	private Element object(Document document, BundledFonts.Face face, String piece, Map<String, Run> runs) {
		Shaper.Shaped shaped = fonts.shaper(face).shape(piece);
		String id = String.valueOf(runs.size());
		runs.put(id, new Run(face, shaped));
		Element object = document.createElement("object");
		object.setAttribute("type", ShapedTextDrawer.TYPE);
		object.setAttribute("data-run", id);
		object.setAttribute("style",
				String.format(Locale.ROOT,
						"display: inline-block; width: %.4fem; height: %.2fem; vertical-align: -%.2fem",
						shaped.advance() / Shaper.EM, ShapedTextDrawer.ASCENT + ShapedTextDrawer.DESCENT,
						ShapedTextDrawer.DESCENT));
		return object;
	}

	private static Document parse(String xhtml) {
		DocumentBuilder builder = XML.get();
		try {
			return builder.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalArgumentException("Not well-formed XHTML", ex);
		}
		finally {
			builder.reset();
		}
	}

	private static DocumentBuilder documentBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
