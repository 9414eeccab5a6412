package org.urgentaction.mailing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where bounces and complaints arrive, and when soft bounces stop mail
 * ({@code ua.bounces.*}, described in {@code application.properties}).
 */
@ConfigurationProperties("ua.bounces")
record BounceSettings(String imapHost, @DefaultValue("993") int imapPort, @DefaultValue("imaps") String imapProtocol,
		String username, String password, @DefaultValue("INBOX") String folder,
		@DefaultValue("60s") Duration pollInterval, @DefaultValue("3") int softLimit,
		@DefaultValue("30d") Duration softWindow, String returnPath) {

	boolean enabled() {
		return imapHost != null && !imapHost.isBlank();
	}

}
