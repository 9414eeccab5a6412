package org.urgentaction.reply;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.urgentaction.support.SampleDocument;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Cases and multipart bodies the reply tests share.
 */
final class ReplyFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 5000));

	/** The smallest PDF PDFBox reads. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private ReplyFixtures() {
	}

	/**
	 * A new case of two published documents (copies of the sample with its targets), the
	 * newest first.
	 */
	static List<UaDocument> caseOfTwo(UaService uas) {
		UaDocument t = uas.nextDocumentTemplate(SampleDocument.of(uas).id());
		String number = NEXT.incrementAndGet() + "/" + (90 + ThreadLocalRandom.current().nextInt(5));
		UaDocument first = uas.publish(uas.createDraft(new UaDocument(null, null, null, t.kind(), 1, number, null,
				t.country(), t.issueDate(), null, t.title(), t.summary(), t.persons(), t.targets(), t.letter(), null,
				t.preferredLanguages(), null, t.themes(), null, null, null, 0), "test")
			.id(), "test");
		UaDocument second = uas.publish(uas.createDraft(uas.nextDocumentTemplate(first.id()), "test").id(), "test");
		return List.of(second, first);
	}

	/** A multipart/form-data body. */
	static final class Multipart {

		private final String boundary = "----ua" + UUID.randomUUID().toString().replace("-", "");

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		Multipart file(String name, String fileName, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + boundary;
		}

		HttpRequest.BodyPublisher publisher() {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			all.writeBytes(body.toByteArray());
			all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return HttpRequest.BodyPublishers.ofByteArray(all.toByteArray());
		}

		private void write(String text) {
			body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
