package com.pettoyou.monitoring.metrics;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests the management-port rule lets through without a token. */
class LoopbackManagementSecurityTest {

	private static final int MANAGEMENT_PORT = 9090;

	private final LoopbackManagementSecurity security = new LoopbackManagementSecurity();

	@BeforeEach
	void setUp() {
		security.recordManagementPort(MANAGEMENT_PORT);
	}

	@Test
	void loopbackOnManagementPortMatches() {
		assertThat(security.isLoopbackManagementRequest(request("127.0.0.1", MANAGEMENT_PORT))).isTrue();
		assertThat(security.isLoopbackManagementRequest(request("0:0:0:0:0:0:0:1", MANAGEMENT_PORT))).isTrue();
	}

	@Test
	void publicInterfaceDoesNotMatch() {
		assertThat(security.isLoopbackManagementRequest(request("192.0.2.7", MANAGEMENT_PORT))).isFalse();
	}

	@Test
	void apiPortDoesNotMatch() {
		assertThat(security.isLoopbackManagementRequest(request("127.0.0.1", 8080))).isFalse();
	}

	@Test
	void nothingMatchesBeforeManagementServerStarts() {
		LoopbackManagementSecurity notStarted = new LoopbackManagementSecurity();

		assertThat(notStarted.isLoopbackManagementRequest(request("127.0.0.1", MANAGEMENT_PORT))).isFalse();
	}

	private static MockHttpServletRequest request(String localAddress, int localPort) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.setLocalAddr(localAddress);
		request.setLocalPort(localPort);
		return request;
	}

}
