package org.urgentaction.mailing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records hand-overs for all sending threads of this node in shared transactions (group
 * commit): each thread waits, at the end of its message's data, until the record of its
 * hand-over is committed, but one commit serves every thread that is waiting. Nothing is
 * kept here beyond the waiting requests; the outcome is in the database.
 */
@Component
class HandOverCommitter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(HandOverCommitter.class);

	private static final int MAX_GROUP = 512;

	private final OutboxRepository outbox;

	private final BlockingQueue<Request> waiting = new LinkedBlockingQueue<>();

	private volatile Thread thread;

	HandOverCommitter(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	/**
	 * Whether this node may hand the message over: true once that is committed; false
	 * when another node holds it now, its mailing was stopped, or the record failed.
	 */
	boolean handOver(long id, String owner) {
		Request request = new Request(id, owner, new CompletableFuture<>());
		waiting.add(request);
		try {
			return request.done().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException ex) {
			log.warn("Hand-over of message {} not confirmed; not sending it", id, ex);
			return false;
		}
	}

	private void run() {
		while (thread == Thread.currentThread()) {
			List<Request> group = new ArrayList<>();
			try {
				Request first = waiting.poll(500, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				waiting.drainTo(group, MAX_GROUP - 1);
				int[] counts = outbox.handOver(group.stream().map(Request::id).toList(),
						group.stream().map(Request::owner).toList());
				for (int i = 0; i < group.size(); i++) {
					group.get(i).done().complete(counts[i] == 1);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Recording {} hand-overs failed; those messages are not sent now", group.size(), ex);
				group.forEach((request) -> request.done().complete(false));
			}
		}
	}

	@Override
	public synchronized void start() {
		Thread committer = new Thread(this::run, "mail-hand-over");
		committer.setDaemon(true);
		thread = committer;
		committer.start();
	}

	@Override
	public synchronized void stop() {
		Thread committer = thread;
		thread = null;
		if (committer != null) {
			committer.interrupt();
		}
		waiting.forEach((request) -> request.done().complete(false));
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** Stops after the sending threads (which stop in the default, last phase). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1;
	}

	private record Request(long id, String owner, CompletableFuture<Boolean> done) {
	}

}
