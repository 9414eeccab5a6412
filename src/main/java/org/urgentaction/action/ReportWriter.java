package org.urgentaction.action;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urgentaction.system.AppProperties;

/**
 * Group commit: requests put their report in a queue and wait; one writer thread per node
 * takes everything waiting (up to a batch) and stores it in one transaction, then answers
 * each request after the commit. The queue holds only requests that have not been
 * answered yet, so losing it (a crash) loses no report that got a 2xx.
 */
@Component
class ReportWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);

	private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

	private final BlockingQueue<Pending> queue;

	private final ReportBatch batch;

	private final RateLimits rateLimits;

	private final TransactionTemplate transactions;

	private final int batchSize;

	private final ReportMetrics metrics;

	private volatile boolean running;

	private Thread thread;

	ReportWriter(ReportBatch batch, RateLimits rateLimits, PlatformTransactionManager transactionManager,
			AppProperties properties, ReportMetrics metrics) {
		this.batch = batch;
		this.rateLimits = rateLimits;
		this.transactions = new TransactionTemplate(transactionManager);
		this.batchSize = properties.reports().batchSize();
		this.queue = new LinkedBlockingQueue<>(properties.reports().queueCapacity());
		this.metrics = metrics;
		metrics.queue(queue);
	}

	private record Pending(NewReport report, CompletableFuture<BatchOutcome> answer) {
	}

	CompletableFuture<BatchOutcome> submit(NewReport report) {
		CompletableFuture<BatchOutcome> answer = new CompletableFuture<>();
		if (!running || !queue.offer(new Pending(report, answer))) {
			answer.completeExceptionally(new WriterUnavailableException("The report queue is full or stopped", null));
		}
		return answer;
	}

	private void run() {
		Instant nextCleanup = Instant.now();
		List<Pending> pending = new ArrayList<>(batchSize);
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (Instant.now().isAfter(nextCleanup)) {
					forgetOldRateWindows();
					nextCleanup = Instant.now().plus(CLEANUP_EVERY);
				}
				if (first == null) {
					continue;
				}
				pending.add(first);
				queue.drainTo(pending, batchSize - 1);
				write(pending, 0);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				log.error("Report writer failed", ex);
				pending.forEach((p) -> p.answer().completeExceptionally(ex));
			}
			finally {
				pending.clear();
			}
		}
		queue.forEach(
				(p) -> p.answer().completeExceptionally(new WriterUnavailableException("The node is stopping", null)));
	}

	/**
	 * Stores the batch and answers it. A failure before the commit rolled everything
	 * back: a deadlock is retried, other errors are isolated by storing the reports one
	 * by one. A failure of the commit itself leaves the outcome unknown, so every waiter
	 * gets an error and none a false success.
	 */
	private void write(List<Pending> pending, int attempt) {
		List<NewReport> reports = pending.stream().map(Pending::report).toList();
		List<BatchOutcome> outcomes;
		long start = System.nanoTime();
		try {
			outcomes = transactions.execute((status) -> batch.store(reports));
			metrics.batch(outcomes, System.nanoTime() - start);
		}
		catch (TransientDataAccessException ex) {
			if (attempt < 3) {
				log.info("Retrying a batch of {} reports after {}", pending.size(), ex.getMessage());
				write(pending, attempt + 1);
			}
			else {
				fail(pending, ex);
			}
			return;
		}
		catch (DataAccessException ex) {
			if (pending.size() > 1) {
				log.warn("A batch of {} reports failed; storing them one by one", pending.size(), ex);
				pending.forEach((p) -> write(List.of(p), attempt));
			}
			else {
				fail(pending, ex);
			}
			return;
		}
		catch (RuntimeException ex) {
			fail(pending, ex);
			return;
		}
		for (int i = 0; i < pending.size(); i++) {
			pending.get(i).answer().complete(outcomes.get(i));
		}
	}

	private void fail(List<Pending> pending, RuntimeException cause) {
		log.error("Could not store {} reports", pending.size(), cause);
		metrics.failed(pending.size());
		WriterUnavailableException error = new WriterUnavailableException("The reports could not be stored", cause);
		pending.forEach((p) -> p.answer().completeExceptionally(error));
	}

	private void forgetOldRateWindows() {
		try {
			transactions.executeWithoutResult((status) -> rateLimits.forgetOldWindows(Instant.now()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete old rate limit windows", ex);
		}
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this::run, "report-writer");
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		try {
			thread.join(Duration.ofSeconds(30).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// starts before and stops after the web server, so no request waits on a stopped
		// writer
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
