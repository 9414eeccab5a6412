package org.urgentaction.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaLinks;

/**
 * The letter-writing group pack of a document: a case card with a QR code to the page,
 * one letter to each target (unsigned, for the members to sign) and a tally slip for
 * reporting what the group did in one go. Anyone may ask for it, so each pack is made
 * once per document version, language and day and then served from memory.
 */
@Service
class GroupPack {

	private final LetterService letters;

	private final PdfRenderer renderer;

	private final UaLinks links;

	private final LetterLimiter limiter;

	private final MessageSource messages;

	private final Clock clock;

	private final Cache<Key, byte[]> made = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterWrite(Duration.ofHours(6))
		.build();

	GroupPack(LetterService letters, PdfRenderer renderer, UaLinks links, LetterLimiter limiter, MessageSource messages,
			Clock clock) {
		this.letters = letters;
		this.renderer = renderer;
		this.links = links;
		this.limiter = limiter;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The pack, or NotFoundException / InvalidInputException as for letters; a pack not
	 * made yet is made within the limits of {@link LetterLimiter} (which may refuse).
	 */
	byte[] pdf(long documentId, Locale locale, String clientAddress) {
		UaDocument document = letters.actionable(documentId);
		LocalDate today = LocalDate.now(clock);
		return made.get(new Key(documentId, document.version(), locale.toLanguageTag(), today),
				(key) -> limiter.render(clientAddress, () -> make(document, locale, today)));
	}

	static String reportPath(UaDocument document) {
		return "/uas/" + document.id() + "/reports/new";
	}

	private byte[] make(UaDocument document, Locale locale, LocalDate today) {
		GroupPackXhtml xhtml = new GroupPackXhtml(document, locale, today, messages);
		byte[] card = renderer.render(xhtml.caseCard(links.url(document)));
		Paper paper = Paper.usualIn(locale.getCountry());
		byte[] letterPages = letters.pdfForAll(document.id(),
				new LetterRequest(null, "", List.of(), null, paper, locale.toLanguageTag()), locale,
				LetterXhtml.Style.PRINT);
		byte[] slip = renderer.render(xhtml.tallySlip(links.url(reportPath(document))));
		return merge(card, letterPages, slip);
	}

	private static byte[] merge(byte[]... parts) {
		PDFMergerUtility merger = new PDFMergerUtility();
		for (byte[] part : parts) {
			merger.addSource(new RandomAccessReadBuffer(part));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
		merger.setDestinationStream(out);
		try {
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private record Key(long documentId, long version, String language, LocalDate day) {
	}

}
