package com.pettoyou.payments;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.pettoyou.payments.gateway.ChargeRequest;
import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.payments.gateway.RefundRequest;
import com.pettoyou.payments.gateway.SandboxPaymentGateway;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests and checks shared by the payment tests. */
final class PaymentFixtures {

	private PaymentFixtures() {
	}

	/** Returns a fresh, valid {@code Idempotency-Key}. */
	static String aKey() {
		return UUID.randomUUID().toString();
	}

	/** Sends {@code POST /payments} under this key. */
	static ApiClient.Response pay(ApiClient payer, String key, String policyId, long amount) {
		return payer.withHeader("Idempotency-Key", key)
			.post("/api/v1/payments", Map.of("policyId", policyId, "amount", amount));
	}

	/** Pays under a fresh key, expects 201 and returns the payment id. */
	static String aPayment(ApiClient payer, String policyId, long amount) {
		ApiClient.Response paid = pay(payer, aKey(), policyId, amount);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		return paid.json().get("id").asString();
	}

	/** Sends {@code POST /payments/{id}/refund} under this key. */
	static ApiClient.Response refund(ApiClient operator, String key, String paymentId, long amount) {
		return operator.withHeader("Idempotency-Key", key)
			.post("/api/v1/payments/" + paymentId + "/refund", Map.of("amount", amount, "reason", "Duplicate charge"));
	}

	/** Returns the charge requests that the sandbox received for this payment. */
	static List<ChargeRequest> chargesFor(PaymentGateway gateway, String paymentId) {
		return ((SandboxPaymentGateway) gateway).calls()
			.stream()
			.filter(ChargeRequest.class::isInstance)
			.map(ChargeRequest.class::cast)
			.filter((charge) -> charge.paymentId().toString().equals(paymentId))
			.toList();
	}

	/** Returns the refund requests that the sandbox received for this refund. */
	static List<RefundRequest> refundsFor(PaymentGateway gateway, String refundId) {
		return ((SandboxPaymentGateway) gateway).calls()
			.stream()
			.filter(RefundRequest.class::isInstance)
			.map(RefundRequest.class::cast)
			.filter((refund) -> refund.refundId().toString().equals(refundId))
			.toList();
	}

	/** Returns the number of calls the sandbox received so far. */
	static int gatewayCalls(PaymentGateway gateway) {
		return ((SandboxPaymentGateway) gateway).calls().size();
	}

	/** Returns how many payment rows belong to the policy. */
	static int paymentRows(String policyId) {
		return Database.jdbc()
			.sql("SELECT count(*) FROM payment WHERE policy_id = :policy")
			.param("policy", UUID.fromString(policyId))
			.query(Integer.class)
			.single();
	}

}
