package org.urgentaction.letter;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.urgentaction.system.RequestCounter;

/**
 * Bounds the PDF work of anonymous visitors: {@code ua.letters.limits.per-client} PDFs
 * per client address and window on all nodes (a school class behind one address writes
 * its 30 letters), at most {@code concurrent-renders} renders at once on a node, and an
 * answer within {@code render-timeout}. A render that outlives its answer keeps its slot
 * until it ends, so the CPU it takes stays bounded.
 */
@Component
class LetterLimiter implements DisposableBean {

	private final RequestCounter counter;

	private final LetterLimits limits;

	private final Semaphore slots;

	private final ExecutorService renderers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "letter-render");
		thread.setDaemon(true);
		return thread;
	});

	LetterLimiter(RequestCounter counter, LetterLimits limits) {
		this.counter = counter;
		this.limits = limits;
		this.slots = new Semaphore(Math.max(1, limits.concurrentRenders()));
	}

	/**
	 * @throws Refused when the client has asked for too many PDFs, or the node is too
	 * busy
	 */
	byte[] render(String clientAddress, Supplier<byte[]> pdf) {
		long wait = counter.count("letters:" + clientAddress, limits.perClient(), limits.window());
		if (wait > 0) {
			throw new Refused(429, wait);
		}
		long deadline = System.nanoTime() + limits.renderTimeout().toNanos();
		try {
			if (!slots.tryAcquire(limits.renderTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new Refused(503, 5);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused(503, 5);
		}
		Future<byte[]> result;
		try {
			result = renderers.submit(() -> {
				try {
					return pdf.get();
				}
				finally {
					slots.release();
				}
			});
		}
		catch (RuntimeException ex) {
			slots.release();
			throw ex;
		}
		try {
			return result.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			result.cancel(true);
			throw new Refused(503, 5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused(503, 5);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	int maxTotalLength() {
		return limits.maxTotalLength();
	}

	@Override
	public void destroy() {
		renderers.shutdownNow();
	}

	/** Too many PDFs for this client (429) or for this node now (503). */
	static final class Refused extends RuntimeException {

		final int status;

		final long retryAfterSeconds;

		Refused(int status, long retryAfterSeconds) {
			super("Letter refused: " + status);
			this.status = status;
			this.retryAfterSeconds = retryAfterSeconds;
		}

	}

}
