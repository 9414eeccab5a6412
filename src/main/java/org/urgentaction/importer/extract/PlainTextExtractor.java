package org.urgentaction.importer.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Plain text and saved e-mails: UTF-8, UTF-16 with a byte order mark, or Windows-1252
 * when the bytes are not valid UTF-8.
 */
public class PlainTextExtractor implements TextExtractor {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@Override
	public String format() {
		return "txt";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("txt", "text", "eml", "md");
	}

	@Override
	public boolean recognises(byte[] content) {
		return content.length > 0 && !looksBinary(content);
	}

	@Override
	public String extract(byte[] content, ExtractionLimits limits) {
		if (content.length == 0) {
			throw new UnreadableDocumentException("empty");
		}
		String text = decode(content);
		if (text.indexOf('\0') >= 0 || controlCharacters(text) > text.length() / 20) {
			throw new UnreadableDocumentException("notText");
		}
		return limits.checked(text);
	}

	static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, WINDOWS_1252);
		}
	}

	private static boolean looksBinary(byte[] content) {
		if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
			return false;
		}
		int limit = Math.min(content.length, 4096);
		for (int i = 0; i < limit; i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static long controlCharacters(String text) {
		return text.chars().filter((c) -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
