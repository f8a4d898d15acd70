package com.pettoyou.payments;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.insurance.ClaimFixtures;
import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.payments.gateway.PayoutRequest;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static com.pettoyou.insurance.ClaimFixtures.aClaim;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approving a claim computes its payout from the product's coverage, deductible and
 * remaining annual limit, creates the payout and sends it to the owner's payout account.
 */
@PaymentsIntegrationTest
class ClaimPayoutTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	PaymentGateway gateway;

	@Autowired
	SecurityEvents events;

	ApiClient api;

	ApiClient owner;

	ApiClient adjuster;

	ApiClient operator;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = ClaimFixtures.anOwner(api).client();
		adjuster = ClaimFixtures.anAdjuster(context, api);
		operator = InsuranceFixtures.aFinanceOperator(context, api);
	}

	@Test
	void payoutAppliesCoverageAndDeductible() {
		ClaimFixtures.setPayoutAccount(owner, "110-123-456789");
		String claimId = claim(InsuranceFixtures.STANDARD, "SURGERY", 1_234_500);

		JsonNode approved = ClaimFixtures.reviewAndApprove(adjuster, claimId, 1_000_000);

		// (1,000,000 - 20,000 deductible) x 70% = 686,000
		assertThat(approved.get("approvedAmount").asLong()).isEqualTo(1_000_000);
		assertThat(approved.get("payoutAmount").asLong()).isEqualTo(686_000);
		assertThat(approved.get("status").asString()).isEqualTo("PAID");
		JsonNode payout = PayoutFixtures.listed(operator, PayoutFixtures.payoutOf(claimId));
		assertThat(payout.get("amount").asLong()).isEqualTo(686_000);
	}

	@Test
	void deductibleCanLeaveNoPayout() {
		String claimId = claim(InsuranceFixtures.STANDARD, "GENERAL", 30_000);
		ClaimFixtures.startReview(adjuster, claimId);

		ApiClient.Response withinDeductible = ClaimFixtures.approve(adjuster, claimId, 20_000);
		ApiClient.Response aboveDeductible = ClaimFixtures.approve(adjuster, claimId, 25_000);

		assertThat(withinDeductible.status()).as(withinDeductible.toString()).isEqualTo(400);
		assertThat(withinDeductible.json().get("errors").get(0).get("code").asString()).isEqualTo("no_payout");
		assertThat(aboveDeductible.status()).as(aboveDeductible.toString()).isEqualTo(200);
		// (25,000 - 20,000) x 70% = 3,500
		assertThat(aboveDeductible.json().get("payoutAmount").asLong()).isEqualTo(3_500);
	}

	@Test
	void annualLimitCapsPayouts() {
		String policyId = ClaimFixtures.anActivePolicy(owner, InsuranceFixtures.BASIC,
				ClaimFixtures.SETTLED_POLICY_DAYS);
		String first = ClaimFixtures.aSubmittedClaim(owner, aClaim(clock, policyId, "EMERGENCY", 5_000_000));
		String second = ClaimFixtures.aSubmittedClaim(owner, aClaim(clock, policyId, "EMERGENCY", 2_000_000));
		String third = ClaimFixtures.aSubmittedClaim(owner, aClaim(clock, policyId, "EMERGENCY", 100_000));

		JsonNode firstApproval = ClaimFixtures.reviewAndApprove(adjuster, first, 5_000_000);
		JsonNode secondApproval = ClaimFixtures.reviewAndApprove(adjuster, second, 2_000_000);
		ClaimFixtures.startReview(adjuster, third);
		ApiClient.Response thirdApproval = ClaimFixtures.approve(adjuster, third, 100_000);

		// (5,000,000 - 30,000) x 50% = 2,485,000 of the 3,000,000 limit
		assertThat(firstApproval.get("payoutAmount").asLong()).isEqualTo(2_485_000);
		// (2,000,000 - 30,000) x 50% = 985,000, capped at the 515,000 left
		assertThat(secondApproval.get("payoutAmount").asLong()).isEqualTo(515_000);
		assertThat(thirdApproval.status()).as(thirdApproval.toString()).isEqualTo(400);
		assertThat(thirdApproval.json().get("errors").get(0).get("code").asString()).isEqualTo("no_payout");
	}

	@Test
	void successfulPayoutMarksClaimPaid() {
		ClaimFixtures.setPayoutAccount(owner, "110-123-456789");
		String claimId = claim(ClaimFixtures.PREMIUM, "GENERAL", 110_000);

		ClaimFixtures.reviewAndApprove(adjuster, claimId, 110_000);

		JsonNode claim = owner.get("/api/v1/claims/" + claimId).json();
		assertThat(claim.get("status").asString()).isEqualTo("PAID");
		assertThat(claim.get("payoutAmount").asLong()).isEqualTo(80_000);
		assertThat(claim.get("paidAt").isNull()).isFalse();
		String payoutId = PayoutFixtures.payoutOf(claimId);
		JsonNode payout = PayoutFixtures.listed(operator, payoutId);
		assertThat(payout.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(payout.get("attempts").asInt()).isEqualTo(1);
		assertThat(payout.get("bankCode").asString()).isEqualTo("004");
		assertThat(payout.get("accountNumber").asString()).isEqualTo("***-****-6789");
		List<PayoutRequest> calls = PayoutFixtures.callsFor(gateway, payoutId);
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0).accountNumber()).isEqualTo("110123456789");
		assertThat(calls.get(0).amount()).isEqualTo(80_000);
		assertThat(Database.auditByActionAndResource("PAYOUT_CREATED", payoutId)).hasSize(1);
		assertThat(Database.auditByActionAndResource("PAYOUT_SUCCEEDED", payoutId)).hasSize(1);
		assertThat(Database.auditByActionAndResource("CLAIM_PAID", claimId)).hasSize(1);
	}

	@Test
	void payoutWaitsForAccount() {
		String claimId = claim(ClaimFixtures.PREMIUM, "GENERAL", 110_000);

		ClaimFixtures.reviewAndApprove(adjuster, claimId, 110_000);

		String payoutId = PayoutFixtures.payoutOf(claimId);
		assertThat(PayoutFixtures.listed(operator, payoutId).get("status").asString()).isEqualTo("PENDING_ACCOUNT");
		assertThat(PayoutFixtures.callsFor(gateway, payoutId)).isEmpty();
		assertThat(status(claimId)).isEqualTo("APPROVED");
		ApiClient.Response early = PayoutFixtures.retry(operator, payoutId);
		assertThat(early.status()).as(early.toString()).isEqualTo(409);

		ClaimFixtures.setPayoutAccount(owner, "110-123-456789");
		ApiClient.Response retried = PayoutFixtures.retry(operator, payoutId);

		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(retried.json().get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(status(claimId)).isEqualTo("PAID");
	}

	@Test
	void failedPayoutIsRetriedUnderNewKey() {
		ClaimFixtures.setPayoutAccount(owner, "1234-5678-0000");
		String claimId = claim(ClaimFixtures.PREMIUM, "GENERAL", 110_000);

		ClaimFixtures.reviewAndApprove(adjuster, claimId, 110_000);

		String payoutId = PayoutFixtures.payoutOf(claimId);
		JsonNode failed = PayoutFixtures.listed(operator, payoutId);
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failureCode").asString()).isEqualTo("account_closed");
		assertThat(status(claimId)).isEqualTo("APPROVED");
		ApiClient.Response stillClosed = PayoutFixtures.retry(operator, payoutId);
		assertThat(stillClosed.status()).as(stillClosed.toString()).isEqualTo(200);
		assertThat(stillClosed.json().get("status").asString()).isEqualTo("FAILED");

		ClaimFixtures.setPayoutAccount(owner, "1234-5678-9012");
		ApiClient.Response retried = PayoutFixtures.retry(operator, payoutId);

		assertThat(retried.json().get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(retried.json().get("attempts").asInt()).isEqualTo(3);
		assertThat(retried.json().get("accountNumber").asString()).isEqualTo("***-****-9012");
		assertThat(status(claimId)).isEqualTo("PAID");
		List<PayoutRequest> calls = PayoutFixtures.callsFor(gateway, payoutId);
		assertThat(calls).extracting(PayoutRequest::idempotencyKey).doesNotHaveDuplicates().hasSize(3);
		assertThat(PayoutFixtures.retry(operator, payoutId).status()).isEqualTo(409);
		assertThat(PayoutFixtures.callsFor(gateway, payoutId)).hasSize(3);
		assertThat(Database.auditByActionAndResource("PAYOUT_FAILED", payoutId)).hasSize(2);
		List<Database.AuditRow> succeeded = Database.auditByActionAndResource("PAYOUT_SUCCEEDED", payoutId);
		assertThat(succeeded).hasSize(1);
		assertThat(succeeded.get(0).actorRole()).isEqualTo("FINANCE_OPERATOR");
	}

	@Test
	void parallelRetriesPayOnce() throws Exception {
		ClaimFixtures.setPayoutAccount(owner, "1234-5678-0000");
		String claimId = claim(ClaimFixtures.PREMIUM, "GENERAL", 110_000);
		ClaimFixtures.reviewAndApprove(adjuster, claimId, 110_000);
		String payoutId = PayoutFixtures.payoutOf(claimId);
		ClaimFixtures.setPayoutAccount(owner, "1234-5678-9012");

		List<ApiClient.Response> responses = ClaimFixtures.sendTogether(10,
				(index) -> PayoutFixtures.retry(operator, payoutId));

		assertThat(responses.stream().filter((response) -> response.status() == 200).count()).as(responses.toString())
			.isEqualTo(1);
		assertThat(responses.stream().filter((response) -> response.status() == 409).count()).as(responses.toString())
			.isEqualTo(9);
		List<PayoutRequest> calls = PayoutFixtures.callsFor(gateway, payoutId);
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1).accountNumber()).isEqualTo("123456789012");
		assertThat(Database.auditByActionAndResource("PAYOUT_SUCCEEDED", payoutId)).hasSize(1);
		assertThat(Database.auditByActionAndResource("CLAIM_PAID", claimId)).hasSize(1);
		assertThat(status(claimId)).isEqualTo("PAID");
	}

	@Test
	void timedOutPayoutIsRepeatedUnderSameKey() {
		ClaimFixtures.setPayoutAccount(owner, "110-123-456789");
		String claimId = claim(ClaimFixtures.PREMIUM, "GENERAL", 22_374);

		// (22,374 - 10,000) x 80% = 9,899.2, rounded down to 9,899, which the sandbox
		// lets time out
		ClaimFixtures.reviewAndApprove(adjuster, claimId, 22_374);
		String payoutId = PayoutFixtures.payoutOf(claimId);
		ApiClient.Response retried = PayoutFixtures.retry(operator, payoutId);

		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(retried.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(retried.json().get("failureCode").asString()).isEqualTo("gateway_timeout");
		List<PayoutRequest> calls = PayoutFixtures.callsFor(gateway, payoutId);
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1).idempotencyKey()).isEqualTo(calls.get(0).idempotencyKey());
		assertThat(status(claimId)).isEqualTo("APPROVED");
	}

	@Test
	void highValuePayoutRaisesCriticalEvent() {
		ClaimFixtures.setPayoutAccount(owner, "110-123-456789");
		String large = claim(ClaimFixtures.PREMIUM, "SURGERY", 6_260_000);
		String small = claim(ClaimFixtures.PREMIUM, "SURGERY", 6_259_000);

		// (6,260,000 - 10,000) x 80% = 5,000,000
		ClaimFixtures.reviewAndApprove(adjuster, large, 6_260_000);
		ClaimFixtures.reviewAndApprove(adjuster, small, 6_259_000);

		List<SecurityEvent> raised = events.ofType("HIGH_VALUE_PAYOUT")
			.stream()
			.filter((event) -> large.equals(event.details().get("claimId")))
			.toList();
		assertThat(raised).hasSize(1);
		assertThat(raised.get(0).severity()).isEqualTo(SecurityEvent.Severity.CRITICAL);
		assertThat(raised.get(0).details()).containsEntry("category", "FINANCIAL")
			.containsEntry("amount", "5000000")
			.containsEntry("payoutId", PayoutFixtures.payoutOf(large))
			.doesNotContainKey("accountNumber");
		assertThat(events.ofType("HIGH_VALUE_PAYOUT"))
			.noneMatch((event) -> small.equals(event.details().get("claimId")));
	}

	@Test
	void payoutsAreForFinanceOperatorsOnly() {
		ApiClient.Response asOwner = owner.get("/api/v1/payouts");
		ApiClient.Response asAdjuster = adjuster.get("/api/v1/payouts");
		ApiClient.Response asOperator = operator.get("/api/v1/payouts?page=0&size=5");

		assertThat(asOwner.status()).isEqualTo(403);
		assertThat(asAdjuster.status()).isEqualTo(403);
		assertThat(asOperator.status()).as(asOperator.toString()).isEqualTo(200);
		assertThat(asOperator.json().get("size").asInt()).isEqualTo(5);
		assertThat(owner.post("/api/v1/payouts/" + java.util.UUID.randomUUID() + "/retry", null).status())
			.isEqualTo(403);
		assertThat(PayoutFixtures.retry(operator, java.util.UUID.randomUUID().toString()).status()).isEqualTo(404);
	}

	@Test
	void approvalIsNotPayableTwice() {
		ClaimFixtures.setPayoutAccount(owner, "110-123-456789");
		String claimId = claim(ClaimFixtures.PREMIUM, "GENERAL", 110_000);
		ClaimFixtures.reviewAndApprove(adjuster, claimId, 110_000);

		ApiClient.Response again = ClaimFixtures.approve(adjuster, claimId, 110_000);

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(Database.jdbc()
			.sql("SELECT count(*) FROM payout WHERE claim_id = CAST(:claim AS uuid)")
			.param("claim", claimId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(PayoutFixtures.callsFor(gateway, PayoutFixtures.payoutOf(claimId))).hasSize(1);
	}

	/** Submits a claim on a new settled policy of the owner and returns its id. */
	private String claim(String product, String type, long total) {
		String policyId = ClaimFixtures.anActivePolicy(owner, product, ClaimFixtures.SETTLED_POLICY_DAYS);
		Map<String, Object> body = aClaim(clock, policyId, type, total);
		return ClaimFixtures.aSubmittedClaim(owner, body);
	}

	private String status(String claimId) {
		return ClaimFixtures.claimAsAdjuster(adjuster, claimId).get("status").asString();
	}

}
