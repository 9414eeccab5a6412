/**
 * Running the application for real: health and readiness for load balancers, metrics for
 * Prometheus, a request id in every log line.
 */
package org.urgentaction.operations;
