package org.urgentaction.action;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.UrgentActionApplication;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database share one client's allowance: reports sent to both at once
 * add exactly the allowance to the public total, never more; the rest is held.
 */
@AppTest
class TwoNodeAllowanceTests {

	@LocalServerPort
	int firstPort;

	@Autowired
	Environment environment;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	ConfigurableApplicationContext second;

	@BeforeEach
	void startSecondNode() {
		second = new SpringApplicationBuilder(UrgentActionApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--ua.test.keep-datasource=true",
				"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"--spring.mail.port=0");
		jdbc.sql("delete from action_rate").update();
	}

	@AfterEach
	void stopSecondNode() {
		second.close();
	}

	@Test
	void reportsSentToTwoNodesAtOnceSpendOneAllowance() throws Exception {
		int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
		ReportFixtures fixtures = new ReportFixtures(uas, jdbc, new Http(firstPort));
		UaDocument doc = fixtures.newCase("420/19", true);
		String body = "{\"channel\":\"LETTER\",\"count\":100,\"country\":\"FR\"}";
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			Http node = new Http((i % 2 == 0) ? firstPort : secondPort);
			answers.add(pool.submit(() -> node.postJson("/api/uas/" + doc.id() + "/reports", body)));
		}
		int held = 0;
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			held += fixtures.read(response.body()).get("held").asBoolean() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(held).isEqualTo(54);
		JsonNode totals = fixtures.totals(doc.id(), "document");
		assertThat(totals.get("actions").asLong()).isEqualTo(1000);
		assertThat(fixtures.recount(doc.id()).get("actions")).hasToString("1000");
		jdbc.sql("delete from action_rate").update();
	}

}
