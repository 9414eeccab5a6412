package org.urgentaction.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.urgentaction.importer.extract.ExtractionLimits;
import org.urgentaction.importer.extract.Extractors;
import org.urgentaction.importer.extract.TextExtractor;
import org.urgentaction.importer.extract.UnreadableDocumentException;
import org.urgentaction.importer.extract.UnsupportedFormatException;
import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.system.AppProperties;

/**
 * Reads a file into an {@link ImportedDocument}: chooses the extractor, extracts and
 * parses on a small bounded pool of worker threads, and gives up after the configured
 * time ({@code ua.imports.parse-timeout}), interrupting the worker. Nothing is stored.
 */
@Component
public class DocumentReader implements DisposableBean {

	private final Extractors extractors = Extractors.standard();

	private final UaParser parser = new UaParser();

	private final ExtractionLimits limits = ExtractionLimits.DEFAULT;

	private final Duration timeout;

	private final long maxFileSize;

	private final ThreadPoolExecutor workers;

	DocumentReader(AppProperties properties) {
		this.timeout = properties.imports().parseTimeout();
		this.maxFileSize = properties.imports().maxFileSize().toBytes();
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
				(task) -> {
					Thread thread = new Thread(task, "document-reader-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.workers.allowCoreThreadTimeOut(true);
	}

	/**
	 * @throws UnsupportedFormatException when the file is not text, Word or PDF
	 * @throws ImportFailedException when it cannot be read in time or at all
	 */
	public ImportedDocument read(String fileName, byte[] content) {
		checkSize(content.length);
		TextExtractor extractor = extractors.forFile(fileName, content);
		Future<ImportedDocument> result;
		try {
			result = workers.submit(() -> readNow(fileName, content, extractor));
		}
		catch (RejectedExecutionException busy) {
			throw new ImportFailedException("busy", busy);
		}
		try {
			return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			result.cancel(true);
			throw new ImportFailedException("timeout", ex);
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new ImportFailedException("timeout", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnreadableDocumentException unreadable) {
				throw new ImportFailedException(unreadable.reason(), unreadable);
			}
			if (ex.getCause() instanceof StackOverflowError || ex.getCause() instanceof OutOfMemoryError) {
				throw new ImportFailedException("damaged", ex.getCause());
			}
			throw new ImportFailedException("damaged", ex.getCause());
		}
	}

	/**
	 * @throws ImportFailedException ({@code tooLarge}) above
	 * {@code ua.imports.max-file-size}
	 */
	public void checkSize(long bytes) {
		if (bytes > maxFileSize) {
			throw new ImportFailedException("tooLarge", null);
		}
	}

	public boolean supports(String fileName) {
		return extractors.supports(fileName);
	}

	private ImportedDocument readNow(String fileName, byte[] content, TextExtractor extractor) {
		String text = extractor.extract(content, limits);
		UaParser.Result parsed = parser.parse(text);
		return new ImportedDocument(fileName, extractor.format(), parsed.layout(), text, parsed.document(),
				parsed.warnings(), sha256(content), parsed.language(), parsed.follows());
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

}
