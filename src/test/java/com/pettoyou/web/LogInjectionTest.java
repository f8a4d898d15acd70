package com.pettoyou.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

@EdgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTest {

	static final String JNDI = "${jndi:ldap://127.0.0.1/x}";

	static final String HOSTILE = "first\r\n{\"level\":\"INFO\",\"message\":\"forged\"}\u2028second\u2029third\u0085"
			+ JNDI;

	@LocalServerPort
	int port;

	@Test
	void hostileValueStaysInOneJsonLine(CapturedOutput output) {
		ApiClient api = EdgeClients.fromNewAddress(new ApiClient(port));
		String requestId = UUID.randomUUID().toString();
		ApiClient owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD))
			.withHeader("X-Request-Id", requestId);

		ApiClient.Response response = owner.post(TestEndpoints.FAILURE_PATH, Map.of("message", HOSTILE));

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("forged").doesNotContain("jndi");
		List<String> lines = output.getOut().lines().filter((line) -> line.contains(requestId)).toList();
		assertThat(lines).as("log lines of the request").hasSize(1);
		JsonNode event = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(event.get("correlation_id").asString()).isEqualTo(requestId);
		String stackTrace = event.get("stack_trace").asString();
		assertThat(stackTrace).contains("first\r\n{\"level\":\"INFO\",\"message\":\"forged\"}");
		assertThat(stackTrace).contains("\\u2028second\\u2029third\\u0085" + JNDI);
		assertThat(lines.get(0)).doesNotContain("\r")
			.doesNotContain("\u2028")
			.doesNotContain("\u2029")
			.doesNotContain("\u0085");
		assertThat(output.getOut().lines())
			.noneMatch((line) -> line.startsWith("{\"level\":\"INFO\",\"message\":\"forged\""));
		assertThat(output.getOut()).doesNotContain("\u2028").doesNotContain("\u2029").doesNotContain("\u0085");
	}

}
