package org.urgentaction.staff;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.urgentaction.UrgentActionApplication;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database: a login on one is a login on the other, and a
 * form shown by one node can be sent to the other. Nothing about a session lives only in
 * a node's memory.
 */
@AppTest
class TwoNodeSessionTests {

	@LocalServerPort
	int firstPort;

	@Autowired
	Environment environment;

	ConfigurableApplicationContext second;

	@BeforeEach
	void startSecondNode() {
		second = new SpringApplicationBuilder(UrgentActionApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--ua.test.keep-datasource=true",
				"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"--spring.mail.port=0");
	}

	@AfterEach
	void stopSecondNode() {
		second.close();
	}

	@Test
	void aSessionStartedOnOneNodeWorksOnTheOther() {
		int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
		assertThat(secondPort).isNotEqualTo(firstPort);
		StaffClient browser = new StaffClient(firstPort);
		browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		assertThat(browser.cookie("SESSION")).isNotNull();
		assertThat(browser.get("/admin/uas").statusCode()).isEqualTo(200);

		browser.port(secondPort);
		HttpResponse<String> onSecond = browser.get("/admin/uas/new");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("New document");

		browser.port(firstPort);
		HttpResponse<String> created = browser.post("/admin/uas",
				Map.of("action", "save", "version", "0", "kind", "INITIAL", "uaNumber", "77/35", "country", "Chad",
						"issueDate", "2025-06-01", "title", "Form from the second node"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);

		browser.port(secondPort);
		browser.post("/admin/logout", Map.of());
		browser.port(firstPort);
		assertThat(browser.get("/admin/uas").statusCode()).isEqualTo(302);
	}

}
