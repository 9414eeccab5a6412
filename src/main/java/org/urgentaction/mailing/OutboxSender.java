package org.urgentaction.mailing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;

/**
 * The sending threads of this node ({@code ua.mailing.sender-threads}, each with its own
 * SMTP connection). They take their work from the outbox in the database, never from a
 * queue in memory, so any node can stop at any time.
 */
@Component
class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final SenderLoop.Parts parts;

	private final AppProperties.Mailing settings;

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final Object signal = new Object();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	OutboxSender(SenderLoop.Parts parts, AppProperties properties) {
		this.parts = parts;
		this.settings = properties.mailing();
	}

	@Override
	public synchronized void start() {
		running = true;
		if (!settings.sending()) {
			log.info("Sending is off on this node (ua.mailing.sending=false)");
			return;
		}
		for (int i = 0; i < Math.max(1, settings.senderThreads()); i++) {
			SenderLoop loop = new SenderLoop(parts, settings, node + "/" + i, this);
			Thread thread = new Thread(loop, "mail-sender-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
		log.info("Sending mail with {} connections as {}", threads.size(), node);
	}

	@Override
	public synchronized void stop() {
		running = false;
		wake();
		for (Thread thread : threads) {
			try {
				thread.join(15_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	boolean running() {
		return running;
	}

	/**
	 * New work was committed: idle threads look now rather than at their next poll.
	 */
	void wake() {
		synchronized (signal) {
			signal.notifyAll();
		}
	}

	void idle() throws InterruptedException {
		synchronized (signal) {
			if (running) {
				signal.wait(Math.max(1, settings.pollInterval().toMillis()));
			}
		}
	}

}
