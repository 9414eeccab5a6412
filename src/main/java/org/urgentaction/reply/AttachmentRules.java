package org.urgentaction.reply;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * What a reply's file may be: a PDF or an image (PNG, JPEG, GIF, WebP), recognised from
 * its first bytes rather than from its name, and no larger than an import.
 */
@Component
class AttachmentRules {

	private final long maxBytes;

	AttachmentRules(AppProperties properties) {
		this.maxBytes = properties.imports().maxFileSize().toBytes();
	}

	long maxBytes() {
		return maxBytes;
	}

	/**
	 * The content type of an acceptable file.
	 * @throws AttachmentTooLargeException over the size limit
	 * @throws InvalidInputException when it is not a PDF or an image
	 */
	String check(UploadedFile file) {
		if (file.bytes().length > maxBytes) {
			throw new AttachmentTooLargeException(maxBytes);
		}
		return contentType(file.bytes())
			.orElseThrow(() -> new InvalidInputException(new FieldProblem("file", "reply.file.type")));
	}

	static Optional<String> contentType(byte[] b) {
		if (startsWith(b, "%PDF-".getBytes())) {
			return Optional.of("application/pdf");
		}
		if (startsWith(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a })) {
			return Optional.of("image/png");
		}
		if (startsWith(b, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(b, "GIF87a".getBytes()) || startsWith(b, "GIF89a".getBytes())) {
			return Optional.of("image/gif");
		}
		if (b.length >= 12 && startsWith(b, "RIFF".getBytes())
				&& Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes())) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	static String safeName(String name) {
		String base = (name == null) ? "" : name.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
		if (base.isEmpty()) {
			base = "reply";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
	}

}
