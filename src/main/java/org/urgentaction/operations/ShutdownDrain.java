package org.urgentaction.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first step of a graceful shutdown (SIGTERM): before the web server stops taking
 * connections, the node keeps serving for {@code ua.shutdown.drain-delay} with readiness
 * already down (Spring Boot sets it when the context starts closing) and closes each
 * connection after its answer ({@link DrainingConnectionFilter}). A proxy's pooled
 * connections to the node are gone by the end, so when the web server stops, a new
 * request finds the port closed, which a proxy may safely send to another node (the
 * request never reached this one), instead of a reused connection that breaks under a
 * request already sent, which it may not.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ShutdownProperties properties;

	private volatile boolean running;

	private volatile boolean draining;

	ShutdownDrain(ShutdownProperties properties) {
		this.properties = properties;
	}

	boolean draining() {
		return draining;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		draining = true;
		long millis = properties.drainDelay().toMillis();
		if (millis > 0) {
			log.info("Shutting down: closing connections after each answer for {} ms before the web server stops",
					millis);
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// stops first: before the web server's graceful shutdown (DEFAULT_PHASE - 1024)
		return Integer.MAX_VALUE;
	}

}
