package org.urgentaction.operations;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that stops first drains: it keeps answering, for the drain delay, and closes
 * each connection after its answer; before that, connections stay open.
 * (bench/rolling-restart shows it behind nginx.)
 */
class ShutdownDrainTests {

	@Test
	void afterSigtermEachAnswerClosesItsConnectionForTheDrainDelay() throws Exception {
		ShutdownDrain drain = new ShutdownDrain(new ShutdownProperties(Duration.ofMillis(300)));
		DrainingConnectionFilter filter = new DrainingConnectionFilter(drain);
		drain.start();
		assertThat(answer(filter).getHeader("Connection")).isNull();

		long started = System.nanoTime();
		drain.stop();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(answer(filter).getHeader("Connection")).isEqualTo("close");
		assertThat(drain.isRunning()).isFalse();
		assertThat(drain.getPhase()).as("stops before the web server's graceful shutdown")
			.isGreaterThan(SmartLifecycle.DEFAULT_PHASE - 1024);
	}

	private static MockHttpServletResponse answer(DrainingConnectionFilter filter) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("POST", "/api/uas/1/reports"), response, new MockFilterChain());
		return response;
	}

}
