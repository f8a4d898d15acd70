package com.pettoyou.payments.service;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.pettoyou.common.ApiException;
import com.pettoyou.payments.gateway.GatewayResult;
import com.pettoyou.payments.gateway.GatewayUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GatewayCallsTest {

	@Test
	void unavailableGatewayBecomes503() {
		ApiException failure = catchThrowableOfType(ApiException.class, () -> GatewayCalls.call(() -> {
			throw new GatewayUnavailableException("No payment gateway adapter is configured");
		}, UUID.randomUUID()));

		assertThat(failure.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(failure.code()).isEqualTo("service_unavailable");
		assertThat(failure.getMessage()).doesNotContain("adapter");
	}

	@Test
	void resultPassesThrough() {
		GatewayResult result = GatewayCalls.call(() -> GatewayResult.approved("txn_1"), UUID.randomUUID());

		assertThat(result).isEqualTo(GatewayResult.approved("txn_1"));
	}

}
