package org.urgentaction.importer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word 2007+ documents: one line per paragraph; table cells (targets are often laid out
 * in a table) one after the other, separated by a blank line. Zip bombs are refused by
 * POI's inflate-ratio and entry-size limits.
 */
public class DocxExtractor implements TextExtractor {

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(5L * 1024 * 1024);
		ZipSecureFile.setMaxFileCount(2000);
	}

	@Override
	public String format() {
		return "docx";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("docx", "docm");
	}

	@Override
	public boolean recognises(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K';
	}

	@Override
	public String extract(byte[] content, ExtractionLimits limits) {
		if (content.length == 0) {
			throw new UnreadableDocumentException("empty");
		}
		if (content.length >= 8 && FileMagic.valueOf(content) == FileMagic.OLE2) {
			throw new UnreadableDocumentException("passwordOrOldWord");
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				append(element, text, limits);
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
			throw new UnreadableDocumentException(isBomb(ex) ? "bomb" : "damaged", ex);
		}
	}

	private static void append(IBodyElement element, StringBuilder text, ExtractionLimits limits) {
		if (text.length() > limits.maxChars()) {
			throw new UnreadableDocumentException("tooLong");
		}
		if (element instanceof XWPFParagraph paragraph) {
			text.append(paragraph.getText()).append('\n');
		}
		else if (element instanceof XWPFTable table) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					for (IBodyElement inner : cell.getBodyElements()) {
						append(inner, text, limits);
					}
					text.append('\n');
				}
			}
		}
	}

	private static boolean isBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb") || message.contains("inflate ratio") || message.contains("max entry size")
					|| message.contains("MAX_ENTRY_SIZE") || message.contains("max text size")) {
				return true;
			}
		}
		return false;
	}

}
