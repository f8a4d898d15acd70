package com.pettoyou.payments;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts are JSON integers of whole won from 1 to 10,000,000; anything else is rejected
 * with 400 before a payment exists.
 */
@PaymentsIntegrationTest
class PaymentAmountTest {

	@LocalServerPort
	int port;

	ApiClient owner;

	String policyId;

	@BeforeEach
	void setUp() {
		ApiClient api = new ApiClient(port);
		owner = InsuranceFixtures.anOwner(api);
		policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "-1", "0", "0.5", "1e7", "10000000.0", "NaN", "Infinity", "10000001", "9223372036854775807",
					"9223372036854775808", "1e400", "\"20000\"", "null", "true", "[20000]", "{\"value\":20000}" })
	void invalidAmountIsRejected(String amount) {
		ApiClient.Response response = send("{\"policyId\":\"" + policyId + "\",\"amount\":" + amount + "}");

		assertThat(response.status()).as(amount + " -> " + response).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
		assertThat(PaymentFixtures.paymentRows(policyId)).isZero();
	}

	@Test
	void missingAmountIsRejected() {
		ApiClient.Response response = send("{\"policyId\":\"" + policyId + "\"}");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void duplicateAmountKeyIsRejected() {
		ApiClient.Response response = send("{\"policyId\":\"" + policyId + "\",\"amount\":19900,\"amount\":10000000}");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void maximumAmountIsAccepted() {
		ApiClient.Response response = send("{\"policyId\":\"" + policyId + "\",\"amount\":10000000}");

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	@Test
	void plainTextBodyIsRejected() {
		ApiClient.Response response = owner.withHeader("Idempotency-Key", PaymentFixtures.aKey())
			.withHeader("Content-Type", "text/plain")
			.post("/api/v1/payments", "{\"policyId\":\"" + policyId + "\",\"amount\":19900}");

		assertThat(response.status()).as(response.toString()).isEqualTo(415);
	}

	private ApiClient.Response send(String body) {
		return owner.withHeader("Idempotency-Key", PaymentFixtures.aKey()).post("/api/v1/payments", body);
	}

}
