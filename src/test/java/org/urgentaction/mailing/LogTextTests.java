package org.urgentaction.mailing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server replies lose their addresses before they are logged.
 */
class LogTextTests {

	@Test
	void addressesAreRemoved() {
		assertThat(LogText.withoutAddresses("550 5.1.1 <ana.maria@example.org>: Recipient address rejected"))
			.isEqualTo("550 5.1.1 <<address>>: Recipient address rejected");
		assertThat(LogText.withoutAddresses("452 4.2.2 mailbox full: bob@mail.example.net (quota)"))
			.isEqualTo("452 4.2.2 mailbox full: <address> (quota)")
			.doesNotContain("bob");
		assertThat(LogText.withoutAddresses("421 4.7.0 Try again later")).isEqualTo("421 4.7.0 Try again later");
	}

}
