package org.urgentaction.importer.extract;

import java.io.IOException;
import java.io.InterruptedIOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A PDF's bytes that stop being readable once the reading thread is interrupted (the
 * import's time limit): PDFBox reads the compressed data of a stream bit by bit while it
 * inflates it, so even a stream that inflates to gigabytes stops soon after the limit,
 * instead of running on after the import was refused.
 */
class InterruptibleBuffer extends RandomAccessReadBuffer {

	InterruptibleBuffer(byte[] content) {
		super(content);
	}

	@Override
	public int read() throws IOException {
		checkInterrupted();
		return super.read();
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		checkInterrupted();
		return super.read(bytes, offset, length);
	}

	/** Views read through this buffer, so that they are interruptible too. */
	@Override
	public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
		checkInterrupted();
		return new RandomAccessReadView(this, startPosition, streamLength);
	}

	private static void checkInterrupted() throws InterruptedIOException {
		if (Thread.currentThread().isInterrupted()) {
			throw new InterruptedIOException("The import's time limit has passed");
		}
	}

}
