package org.urgentaction.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered page: its body (also gzip-compressed once, for the browsers that accept
 * it), its content type and the headers the application set, and when and at which
 * {@link PageCache#generation() generation} it was rendered.
 */
final class CachedPage {

	private final byte[] body;

	private final byte[] gzipped;

	private final String contentType;

	private final Locale locale;

	private final List<Map.Entry<String, String>> headers;

	private final long generation;

	private final long renderedAtNanos;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	CachedPage(byte[] body, String contentType, Locale locale, List<Map.Entry<String, String>> headers, long generation,
			long renderedAtNanos) {
		this.body = body;
		this.gzipped = gzip(body);
		this.contentType = contentType;
		this.locale = locale;
		this.headers = List.copyOf(headers);
		this.generation = generation;
		this.renderedAtNanos = renderedAtNanos;
	}

	byte[] body(boolean gzip) {
		return gzip ? gzipped : body;
	}

	String contentType() {
		return contentType;
	}

	Locale locale() {
		return locale;
	}

	List<Map.Entry<String, String>> headers() {
		return headers;
	}

	boolean isFresh(long currentGeneration, long ttlNanos, long nowNanos) {
		return generation == currentGeneration && nowNanos - renderedAtNanos < ttlNanos;
	}

	/**
	 * Whether the caller is the one request that renders this page anew; the others keep
	 * getting this copy meanwhile.
	 */
	boolean claimRefresh() {
		return refreshing.compareAndSet(false, true);
	}

	void refreshFailed() {
		refreshing.set(false);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
