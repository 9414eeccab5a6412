package org.urgentaction.operations;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator as a load balancer, Prometheus and an anonymous visitor see it.
 */
@AppTest
class HealthAndMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Test
	void healthShowsAnonymousCallersTheStatusOnly() {
		Http http = new Http(port);
		HttpResponse<String> health = http.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		// the status and the names of the groups, nothing about the parts
		assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
		assertThat(http.get("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(http.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
		HttpResponse<String> asStaff = http.get("/actuator/health/readiness",
				Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD));
		assertThat(asStaff.body()).contains("\"db\"", "\"readinessState\"");
	}

	@Test
	void prometheusIsForStaffOnly() {
		Http http = new Http(port);
		HttpResponse<String> anonymous = http.get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(http.get("/actuator/prometheus", Http.basic(AppTest.ADMIN_EMAIL, "wrong")).statusCode())
			.isEqualTo(401);
		assertThat(http.get("/actuator/env", Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD)).statusCode())
			.isIn(401, 403, 404);
	}

	@Test
	void prometheusShowsReportAndOutboxSeries() {
		Http http = new Http(port);
		long document = SampleDocument.of(uas).id();
		HttpResponse<String> report = http.postJson("/api/uas/" + document + "/reports",
				"{\"channel\":\"EMAIL\",\"count\":1,\"country\":\"DE\"}");
		assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
		HttpResponse<String> metrics = http.get("/actuator/prometheus",
				Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD));
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).containsPattern("(?m)^ua_reports_total\\{.*outcome=\"counted\".*\\} [1-9]")
			.contains("ua_report_batch_size_count", "ua_report_batch_commit_seconds_count", "ua_report_queue",
					"ua_outbox_messages{", "state=\"queued\"", "ua_mails_total{", "ua_letters_render_seconds_count",
					"ua_imports_total", "jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void everyAnswerCarriesARequestId() {
		Http http = new Http(port);
		assertThat(http.get("/").headers().firstValue("X-Request-Id"))
			.hasValueSatisfying((id) -> assertThat(id).hasSizeGreaterThan(10));
		assertThat(http.get("/", "X-Request-Id", "lb-1234").headers().firstValue("X-Request-Id")).hasValue("lb-1234");
		assertThat(http.get("/", "X-Request-Id", "bad id with spaces\u00e9").headers().firstValue("X-Request-Id"))
			.hasValueSatisfying((id) -> assertThat(id).doesNotContain(" "));
	}

}
