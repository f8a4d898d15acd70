package com.pettoyou.payments;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.payments.gateway.PayoutRequest;
import com.pettoyou.payments.gateway.SandboxPaymentGateway;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/** Lookups and calls shared by the payout tests. */
final class PayoutFixtures {

	private PayoutFixtures() {
	}

	/** Returns the id of a claim's payout. */
	static String payoutOf(String claimId) {
		return Database.jdbc()
			.sql("SELECT id FROM payout WHERE claim_id = :claim")
			.param("claim", UUID.fromString(claimId))
			.query(UUID.class)
			.single()
			.toString();
	}

	/** Returns a payout as a finance operator lists it. */
	static JsonNode listed(ApiClient operator, String payoutId) {
		ApiClient.Response listed = operator.get("/api/v1/payouts?size=100");
		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		for (JsonNode payout : listed.json().get("items")) {
			if (payout.get("id").asString().equals(payoutId)) {
				return payout;
			}
		}
		throw new AssertionError("The first page of payouts has no payout " + payoutId);
	}

	/** Sends {@code POST /payouts/{id}/retry}. */
	static ApiClient.Response retry(ApiClient operator, String payoutId) {
		return operator.post("/api/v1/payouts/" + payoutId + "/retry", null);
	}

	/** Returns the payout requests that the sandbox received for this payout. */
	static List<PayoutRequest> callsFor(PaymentGateway gateway, String payoutId) {
		return ((SandboxPaymentGateway) gateway).calls()
			.stream()
			.filter(PayoutRequest.class::isInstance)
			.map(PayoutRequest.class::cast)
			.filter((payout) -> payout.payoutId().toString().equals(payoutId))
			.toList();
	}

}
