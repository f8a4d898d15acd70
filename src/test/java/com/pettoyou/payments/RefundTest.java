package com.pettoyou.payments;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static com.pettoyou.payments.PaymentFixtures.aKey;
import static com.pettoyou.payments.PaymentFixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance operators refund payments; the refunds of one payment never add up to more than
 * was paid, also when they run in parallel.
 */
@PaymentsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefundTest {

	static final long PAID = 100_000;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PaymentGateway gateway;

	@Autowired
	SecurityEvents securityEvents;

	ApiClient api;

	ApiClient owner;

	ApiClient operator;

	String policyId;

	String paymentId;

	@BeforeAll
	void signInOperator() {
		api = new ApiClient(port);
		operator = InsuranceFixtures.aFinanceOperator(context, api);
	}

	@BeforeEach
	void setUp() {
		owner = InsuranceFixtures.anOwner(api);
		policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		paymentId = PaymentFixtures.aPayment(owner, policyId, PAID);
	}

	@Test
	void partialThenFullRefund() {
		ApiClient.Response first = refund(operator, aKey(), paymentId, 30_000);

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(first.json().get("paymentId").asString()).isEqualTo(paymentId);
		assertThat(first.json().get("amount").asLong()).isEqualTo(30_000);
		JsonNode partly = payment();
		assertThat(partly.get("refundedAmount").asLong()).isEqualTo(30_000);
		assertThat(partly.get("status").asString()).isEqualTo("SUCCEEDED");

		ApiClient.Response rest = refund(operator, aKey(), paymentId, 70_000);

		assertThat(rest.status()).as(rest.toString()).isEqualTo(200);
		JsonNode full = payment();
		assertThat(full.get("refundedAmount").asLong()).isEqualTo(PAID);
		assertThat(full.get("status").asString()).isEqualTo("REFUNDED");
		List<Database.AuditRow> audit = Database.auditByActionAndResource("PAYMENT_REFUNDED", paymentId);
		assertThat(audit).hasSize(2);
		assertThat(audit.get(0).actorRole()).isEqualTo("FINANCE_OPERATOR");
		assertThat(audit.get(0).details()).contains(first.json().get("id").asString());
		assertThat(audit.get(0).details()).doesNotContain("Duplicate charge");
	}

	@Test
	void refundAboveRemainderIsRejected() {
		assertThat(refund(operator, aKey(), paymentId, 60_000).status()).isEqualTo(200);

		ApiClient.Response tooMuch = refund(operator, aKey(), paymentId, 40_001);

		assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
		assertThat(tooMuch.json().get("code").asString()).isEqualTo("refund_exceeds_payment");
		assertThat(payment().get("refundedAmount").asLong()).isEqualTo(60_000);
	}

	@Test
	void fullyRefundedPaymentIsRejected() {
		assertThat(refund(operator, aKey(), paymentId, PAID).status()).isEqualTo(200);

		ApiClient.Response again = refund(operator, aKey(), paymentId, 1);

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("conflict");
	}

	@Test
	void repeatedKeyReturnsFirstRefund() {
		String key = aKey();
		ApiClient.Response first = refund(operator, key, paymentId, 10_000);
		int callsBefore = PaymentFixtures.gatewayCalls(gateway);

		ApiClient.Response again = refund(operator, key, paymentId, 10_000);
		ApiClient.Response otherAmount = refund(operator, key, paymentId, 20_000);

		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(otherAmount.status()).as(otherAmount.toString()).isEqualTo(422);
		assertThat(otherAmount.json().get("code").asString()).isEqualTo("idempotency_key_reused");
		assertThat(PaymentFixtures.gatewayCalls(gateway)).isEqualTo(callsBefore);
		assertThat(payment().get("refundedAmount").asLong()).isEqualTo(10_000);
	}

	@Test
	void refundKeyReusedOnOtherPaymentIsRejected() {
		String otherPayment = PaymentFixtures.aPayment(owner, policyId, PAID);
		String key = aKey();
		assertThat(refund(operator, key, paymentId, 1_000).status()).isEqualTo(200);

		ApiClient.Response reused = refund(operator, key, otherPayment, 1_000);

		assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
		assertThat(reused.json().get("code").asString()).isEqualTo("idempotency_key_reused");
	}

	@Test
	void parallelRefundsNeverExceedPayment() throws Exception {
		List<ApiClient.Response> responses = ParallelPaymentTest.sendTogether(10,
				(index) -> refund(operator, aKey(), paymentId, 30_000));

		long refunded = responses.stream().filter((response) -> response.status() == 200).count();
		long rejected = responses.stream()
			.filter((response) -> response.status() == 409)
			.filter((response) -> response.json().get("code").asString().equals("refund_exceeds_payment"))
			.count();
		assertThat(refunded).as(responses.toString()).isEqualTo(3);
		assertThat(rejected).as(responses.toString()).isEqualTo(7);
		assertThat(payment().get("refundedAmount").asLong()).isEqualTo(90_000);
		Long stored = Database.jdbc()
			.sql("SELECT sum(amount) FROM payment_refund WHERE payment_id = :id AND status = 'SUCCEEDED'")
			.param("id", UUID.fromString(paymentId))
			.query(Long.class)
			.single();
		assertThat(stored).isEqualTo(90_000);
	}

	@Test
	void declinedRefundLeavesPaymentUnchanged() {
		ApiClient.Response declined = refund(operator, aKey(), paymentId, 10_013);

		assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
		assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
		assertThat(payment().get("refundedAmount").asLong()).isZero();
		assertThat(payment().get("pendingRefundAmount").asLong()).isZero();
		assertThat(Database.auditByActionAndResource("PAYMENT_REFUND_DECLINED", paymentId)).hasSize(1);
	}

	@Test
	void timedOutRefundReservesAmount() {
		ApiClient.Response pending = refund(operator, aKey(), paymentId, 60_099);

		assertThat(pending.status()).as(pending.toString()).isEqualTo(200);
		assertThat(pending.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(payment().get("pendingRefundAmount").asLong()).isEqualTo(60_099);
		ApiClient.Response tooMuch = refund(operator, aKey(), paymentId, 40_000);
		assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
		assertThat(Database.auditByActionAndResource("PAYMENT_REFUND_PENDING", paymentId)).hasSize(1);
	}

	@Test
	void unpaidPaymentCannotBeRefunded() {
		String declined = PaymentFixtures.aPayment(owner, policyId, 20_013);
		String pending = PaymentFixtures.aPayment(owner, policyId, 20_099);

		assertThat(refund(operator, aKey(), declined, 1_000).status()).isEqualTo(409);
		assertThat(refund(operator, aKey(), pending, 1_000).status()).isEqualTo(409);
		assertThat(refund(operator, aKey(), UUID.randomUUID().toString(), 1_000).status()).isEqualTo(404);
	}

	@Test
	void ownerCannotRefund() {
		ApiClient.Response response = refund(owner, aKey(), paymentId, 1_000);

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(payment().get("refundedAmount").asLong()).isZero();
	}

	@Test
	void refundNeedsKeyAndReason() {
		ApiClient.Response noKey = operator.post("/api/v1/payments/" + paymentId + "/refund",
				Map.of("amount", 1_000, "reason", "Duplicate charge"));
		ApiClient.Response noReason = operator.withHeader("Idempotency-Key", aKey())
			.post("/api/v1/payments/" + paymentId + "/refund", Map.of("amount", 1_000));
		ApiClient.Response fractional = operator.withHeader("Idempotency-Key", aKey())
			.post("/api/v1/payments/" + paymentId + "/refund", "{\"amount\":0.5,\"reason\":\"Duplicate charge\"}");

		assertThat(noKey.status()).as(noKey.toString()).isEqualTo(400);
		assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
		assertThat(fractional.status()).as(fractional.toString()).isEqualTo(400);
	}

	@Test
	void highValueRefundRaisesCriticalEvent() {
		String large = PaymentFixtures.aPayment(owner, policyId, 6_000_000);

		ApiClient.Response refunded = refund(operator, aKey(), large, 5_000_000);

		assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
		String refundId = refunded.json().get("id").asString();
		List<SecurityEvent> events = securityEvents.ofType("HIGH_VALUE_REFUND")
			.stream()
			.filter((event) -> refundId.equals(event.details().get("refundId")))
			.toList();
		assertThat(events).hasSize(1);
		assertThat(events.get(0).severity()).isEqualTo(SecurityEvent.Severity.CRITICAL);
		assertThat(events.get(0).details()).containsEntry("category", "FINANCIAL")
			.containsEntry("paymentId", large)
			.containsEntry("amount", "5000000");
		assertThat(PaymentFixtures.refundsFor(gateway, refundId)).hasSize(1);
	}

	private JsonNode payment() {
		ApiClient.Response read = operator.get("/api/v1/payments/" + paymentId);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json();
	}

}
