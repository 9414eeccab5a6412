package org.urgentaction.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a node's shutdown ({@code ua.shutdown.*}, described in
 * {@code application.properties}).
 */
@ConfigurationProperties("ua.shutdown")
record ShutdownProperties(@DefaultValue("0s") Duration drainDelay) {
}
