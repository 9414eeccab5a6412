package org.urgentaction.letter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaLinks;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter-writing group pack of the live example UA (open, two targets): a case card
 * whose QR code, printed and scanned, gives the page's address; one letter to each
 * target; a tally slip whose QR code gives the report form's address. Read back with
 * PDFBox, pages rendered at 150 dpi and decoded with ZXing.
 */
@AppTest
class GroupPackTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	UaLinks links;

	@Test
	void thePackHasTheCaseCardTheLettersAndTheTallySlip() throws Exception {
		UaDocument example = liveExample();
		HttpResponse<byte[]> response = new Http(port).getBytes("/uas/" + example.id() + "/group-pack.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		byte[] pdf = response.body();
		int targets = example.targets().size();
		assertThat(targets).isEqualTo(2);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isEqualTo(1 + targets + 1);

			String card = pageText(document, 1);
			assertThat(card).contains("Letter-writing group pack", example.title(), "Who is at risk", "Alex Example",
					"What happened", "What we ask", "Deadline", "Please act before");
			assertThat(qrCode(document, 0)).isEqualTo(links.url(example));
			assertThat(card.replace(" ", "")).contains(links.url(example));

			for (int i = 0; i < targets; i++) {
				Target target = example.targets().get(i);
				String letter = pageText(document, 2 + i);
				assertThat(letter).as("letter %d", i + 1).contains(target.greeting() + ",", target.title());
				assertThat(letter).contains("release Alex Example immediately and unconditionally");
			}

			String slip = pageText(document, pages);
			assertThat(slip).contains("Tally slip", "Letters posted", "Emails sent", "Faxes sent", "Phone calls made",
					"Social media posts", "How many");
			String reportUrl = links.url("/uas/" + example.id() + "/reports/new");
			assertThat(slip.replace(" ", "")).contains(reportUrl);
			assertThat(qrCode(document, pages - 1)).isEqualTo(reportUrl);
		}
	}

	@Test
	void thePackIsMadeOncePerVersionAndLanguageAndSpeaksTheVisitorsLanguage() {
		UaDocument example = liveExample();
		Http http = new Http(port);
		String path = "/uas/" + example.id() + "/group-pack.pdf";
		byte[] first = http.getBytes(path).body();
		assertThat(http.getBytes(path).body()).isEqualTo(first);
		HttpResponse<byte[]> french = http.getBytes(path, "Accept-Language", "fr");
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(PdfText.flatText(french.body())).contains("Fiche de comptage", "Lettres postées",
				"Dossier pour un groupe");
	}

	@Test
	void noPackForAnUnknownDocumentADraftOrAClosedCase() {
		Http http = new Http(port);
		assertThat(http.getBytes("/uas/987654321/group-pack.pdf").statusCode()).isEqualTo(404);
		UaDocument draft = newDraft();
		assertThat(http.getBytes("/uas/" + draft.id() + "/group-pack.pdf").statusCode()).isEqualTo(404);
		UaDocument published = uas.publish(draft.id(), "test");
		assertThat(http.getBytes("/uas/" + published.id() + "/group-pack.pdf").statusCode()).isEqualTo(200);
		uas.closeCase(published.caseId(), new Outcome(OutcomeType.RELEASED, null), "test");
		assertThat(http.getBytes("/uas/" + published.id() + "/group-pack.pdf").statusCode()).isEqualTo(410);
	}

	/** A draft of a new case, a copy of the live example. */
	private UaDocument newDraft() {
		UaDocument t = uas.nextDocumentTemplate(liveExample().id());
		String number = (1 + new java.util.Random().nextInt(9000)) + "/98";
		return uas.createDraft(new UaDocument(null, null, null, t.kind(), 1, number, null, t.country(), t.issueDate(),
				null, t.title(), t.summary(), t.persons(), t.targets(), t.letter(), null, t.preferredLanguages(), null,
				t.themes(), null, null, null, 0), "test");
	}

	private UaDocument liveExample() {
		long caseId = uas.findCaseByNumber("9999/99").orElseThrow().id();
		return uas.thread(caseId).get(0);
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document).replaceAll("\\s+", " ");
	}

	/** The page as printed at 150 dpi, scanned for a QR code. */
	private static String qrCode(PDDocument document, int pageIndex) throws Exception {
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 150);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
					DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE)))
				.getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code on page " + (pageIndex + 1), ex);
		}
	}

}
