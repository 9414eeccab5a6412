package org.urgentaction.importer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Word 97-2003 documents, best effort: the paragraphs' text without formatting.
 */
public class DocExtractor implements TextExtractor {

	@Override
	public String format() {
		return "doc";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("doc");
	}

	@Override
	public boolean recognises(byte[] content) {
		return content.length >= 8 && FileMagic.valueOf(content) == FileMagic.OLE2;
	}

	@Override
	public String extract(byte[] content, ExtractionLimits limits) {
		if (content.length == 0) {
			throw new UnreadableDocumentException("empty");
		}
		try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content));
				WordExtractor extractor = new WordExtractor(document)) {
			StringBuilder text = new StringBuilder();
			for (String paragraph : extractor.getParagraphText()) {
				text.append(WordExtractor.stripFields(paragraph).replace('\r', '\n').replace('\u000b', '\n'));
				if (text.length() > limits.maxChars()) {
					throw new UnreadableDocumentException("tooLong");
				}
			}
			return limits.checked(text.toString());
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableDocumentException("password", ex);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableDocumentException unreadable) {
				throw unreadable;
			}
			throw new UnreadableDocumentException("damaged", ex);
		}
	}

}
