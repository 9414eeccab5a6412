package org.urgentaction.importer.extract;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF documents. PDFBox keeps at most {@link ExtractionLimits#maxPdfMemoryBytes()} in
 * memory; documents with more pages than a UA ever has are refused. The lines are then
 * cleaned of running headers, page numbers and hard line breaks by {@link PdfLayout}.
 */
public class PdfExtractor implements TextExtractor {

	@Override
	public String format() {
		return "pdf";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("pdf");
	}

	@Override
	public boolean recognises(byte[] content) {
		return content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
	}

	@Override
	public String extract(byte[] content, ExtractionLimits limits) {
		if (content.length == 0) {
			throw new UnreadableDocumentException("empty");
		}
		try (PDDocument document = Loader.loadPDF(new InterruptibleBuffer(content), "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes()).streamCache)) {
			if (document.getNumberOfPages() > limits.maxPages()) {
				throw new UnreadableDocumentException("tooManyPages");
			}
			PdfLineCollector collector = new PdfLineCollector(limits.maxChars());
			collector.getText(document);
			List<List<PdfLine>> pages = collector.pages();
			return limits.checked(PdfLayout.text(pages));
		}
		catch (InvalidPasswordException ex) {
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
