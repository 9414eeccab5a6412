package org.urgentaction.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.urgentaction.importer.corpus.CorpusFiles;

/**
 * Files an importer must refuse: damaged, password-protected, zip bombs, far too long.
 */
final class BadFiles {

	private BadFiles() {
	}

	static byte[] random(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/** A .docx whose document.xml unpacks from a few hundred kB to 300 MB of zeros. */
	static byte[] zipBombDocx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
						.getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 300; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static byte[] passwordDocx(String text) throws Exception {
		byte[] docx = CorpusFiles.docx(text);
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(docx);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	static byte[] passwordPdf(String text) throws IOException {
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(CorpusFiles.pdf(text));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] manyPagesPdf(int pages) throws IOException {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 10);
					content.newLineAtOffset(50, 700);
					content.showText("Page " + i + " of a very long text about nothing in particular.");
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] longText(int bytes) {
		StringBuilder text = new StringBuilder();
		String line = "UA 1/20 A line of a text that goes on for thousands of pages, Dear Sir, Index: EUR 57/0894/2019\n";
		while (text.length() < bytes) {
			text.append(line);
		}
		return text.toString().getBytes();
	}

}
