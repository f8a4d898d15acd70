package com.pettoyou.payments;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static com.pettoyou.payments.PaymentFixtures.pay;
import static org.assertj.core.api.Assertions.assertThat;

/** Owners pay premiums of their own policies; the sandbox decides by the amount. */
@PaymentsIntegrationTest
class PaymentCreationTest {

	/** The monthly premium of {@link InsuranceFixtures#BASIC}. */
	static final long PREMIUM = 19_900;

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

	String policyId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = InsuranceFixtures.anOwner(api);
		policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
	}

	@Test
	void approvedPaymentActivatesPolicy() {
		ApiClient.Response paid = pay(owner, aKey(), policyId, PREMIUM);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(paid.json().get("status").asString()).isEqualTo("SUCCEEDED");
		String paymentId = paid.json().get("id").asString();
		ApiClient.Response read = owner.get("/api/v1/payments/" + paymentId);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("amount").asLong()).isEqualTo(PREMIUM);
		assertThat(read.json().get("policyId").asString()).isEqualTo(policyId);
		assertThat(read.json().get("settledAt").isNull()).isFalse();

		JsonNode policy = InsuranceFixtures.policy(owner, policyId);
		assertThat(policy.get("status").asString()).isEqualTo("ACTIVE");
		Instant startsAt = Instant.parse(policy.get("startsAt").asString());
		Instant endsAt = Instant.parse(policy.get("endsAt").asString());
		Instant waitingEnds = Instant.parse(policy.get("waitingPeriodEndsAt").asString());
		ZoneId seoul = ZoneId.of("Asia/Seoul");
		assertThat(endsAt).isEqualTo(startsAt.atZone(seoul).plusYears(1).toInstant());
		assertThat(Duration.between(startsAt, waitingEnds)).isEqualTo(Duration.ofDays(30));
		assertThat(startsAt).isEqualTo(Instant.parse(read.json().get("settledAt").asString()));

		assertThat(Database.auditByActionAndResource("PAYMENT_CREATED", paymentId)).hasSize(1);
		assertThat(Database.auditByActionAndResource("POLICY_ACTIVATED", policyId)).hasSize(1);
	}

	@Test
	void secondPaymentKeepsTerm() {
		PaymentFixtures.aPayment(owner, policyId, PREMIUM);
		String startsAt = InsuranceFixtures.policy(owner, policyId).get("startsAt").asString();

		ApiClient.Response second = pay(owner, aKey(), policyId, PREMIUM);

		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		assertThat(InsuranceFixtures.policy(owner, policyId).get("startsAt").asString()).isEqualTo(startsAt);
		assertThat(Database.auditByActionAndResource("POLICY_ACTIVATED", policyId)).hasSize(1);
	}

	@Test
	void amountEndingIn13IsDeclined() {
		ApiClient.Response paid = pay(owner, aKey(), policyId, 20_013);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(paid.json().get("status").asString()).isEqualTo("DECLINED");
		String paymentId = paid.json().get("id").asString();
		assertThat(owner.get("/api/v1/payments/" + paymentId).json().get("declineCode").asString())
			.isEqualTo("card_declined");
		assertThat(InsuranceFixtures.policy(owner, policyId).get("status").asString()).isEqualTo("PENDING");
		List<Database.AuditRow> declined = Database.auditByActionAndResource("PAYMENT_DECLINED", paymentId);
		assertThat(declined).hasSize(1);
		assertThat(declined.get(0).outcome()).isEqualTo("FAILURE");
		assertThat(Database.auditByActionAndResource("PAYMENT_CREATED", paymentId)).isEmpty();
	}

	@Test
	void amountEndingIn99TimesOut() {
		ApiClient.Response paid = pay(owner, aKey(), policyId, 20_099);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(paid.json().get("status").asString()).isEqualTo("PENDING");
		String paymentId = paid.json().get("id").asString();
		assertThat(owner.get("/api/v1/payments/" + paymentId).json().get("settledAt").isNull()).isTrue();
		assertThat(InsuranceFixtures.policy(owner, policyId).get("status").asString()).isEqualTo("PENDING");
		List<Database.AuditRow> created = Database.auditByActionAndResource("PAYMENT_CREATED", paymentId);
		assertThat(created).hasSize(1);
		assertThat(created.get(0).details()).contains("PENDING");
	}

	@Test
	void repeatedKeyReturnsFirstResult() {
		String key = aKey();
		ApiClient.Response first = pay(owner, key, policyId, PREMIUM);
		int callsBefore = PaymentFixtures.gatewayCalls(gateway);

		ApiClient.Response again = pay(owner, key, policyId, PREMIUM);

		assertThat(again.status()).as(again.toString()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(PaymentFixtures.gatewayCalls(gateway)).isEqualTo(callsBefore);
		assertThat(PaymentFixtures.paymentRows(policyId)).isEqualTo(1);
	}

	@Test
	void reusedKeyWithOtherBodyIsRejected() {
		String key = aKey();
		assertThat(pay(owner, key, policyId, PREMIUM).status()).isEqualTo(201);

		ApiClient.Response otherAmount = pay(owner, key, policyId, PREMIUM + 100);
		ApiClient.Response otherPolicy = pay(owner, key, InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC),
				PREMIUM);

		assertThat(otherAmount.status()).as(otherAmount.toString()).isEqualTo(422);
		assertThat(otherAmount.json().get("code").asString()).isEqualTo("idempotency_key_reused");
		assertThat(otherPolicy.status()).as(otherPolicy.toString()).isEqualTo(422);
		assertThat(PaymentFixtures.paymentRows(policyId)).isEqualTo(1);
	}

	@Test
	void sameKeyOfOtherAccountIsIndependent() {
		String key = aKey();
		ApiClient other = InsuranceFixtures.anOwner(api);
		String otherPolicy = InsuranceFixtures.aPolicy(other, InsuranceFixtures.BASIC);

		ApiClient.Response mine = pay(owner, key, policyId, PREMIUM);
		ApiClient.Response theirs = pay(other, key, otherPolicy, PREMIUM + 100);

		assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
		assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
		assertThat(theirs.json().get("id").asString()).isNotEqualTo(mine.json().get("id").asString());
	}

	@Test
	void keyHeaderIsRequiredAndChecked() {
		ApiClient.Response missing = owner.post("/api/v1/payments", Map.of("policyId", policyId, "amount", PREMIUM));
		ApiClient.Response tooLong = pay(owner, "k".repeat(65), policyId, PREMIUM);
		ApiClient.Response badCharacters = pay(owner, "key with spaces", policyId, PREMIUM);
		ApiClient.Response longest = pay(owner, "K-_9".repeat(16), policyId, PREMIUM);

		assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(missing.json().get("errors").get(0).get("code").asString()).isEqualTo("missing");
		assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
		assertThat(badCharacters.status()).as(badCharacters.toString()).isEqualTo(400);
		assertThat(longest.status()).as(longest.toString()).isEqualTo(201);
	}

	@Test
	void otherOwnersPolicyIsForbidden() {
		String othersPolicy = InsuranceFixtures.aPolicy(InsuranceFixtures.anOwner(api), InsuranceFixtures.BASIC);
		int callsBefore = PaymentFixtures.gatewayCalls(gateway);

		ApiClient.Response response = pay(owner, aKey(), othersPolicy, PREMIUM);

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
		assertThat(Database.auditByCorrelationId(response.header("X-Request-Id"))).extracting(Database.AuditRow::action)
			.containsExactly("ACCESS_DENIED");
		assertThat(PaymentFixtures.paymentRows(othersPolicy)).isZero();
		assertThat(PaymentFixtures.gatewayCalls(gateway)).isEqualTo(callsBefore);
	}

	@Test
	void unknownPolicyIsNotFound() {
		ApiClient.Response response = pay(owner, aKey(), UUID.randomUUID().toString(), PREMIUM);

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
	}

	@Test
	void amountBelowPremiumIsRejected() {
		ApiClient.Response response = pay(owner, aKey(), policyId, PREMIUM - 1);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("below_monthly_premium");
		assertThat(PaymentFixtures.paymentRows(policyId)).isZero();
	}

	@Test
	void failedRequestLeavesKeyUsable() {
		String key = aKey();
		assertThat(pay(owner, key, policyId, PREMIUM - 1).status()).isEqualTo(400);

		ApiClient.Response retried = pay(owner, key, policyId, PREMIUM);

		assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
	}

	@Test
	void financeOperatorCannotPay() {
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);

		ApiClient.Response response = pay(operator, aKey(), policyId, PREMIUM);

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
	}

	@Test
	void highValuePaymentRaisesCriticalEvent() {
		ApiClient.Response paid = pay(owner, aKey(), policyId, 5_000_000);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		String paymentId = paid.json().get("id").asString();
		List<SecurityEvent> events = securityEvents.ofType("HIGH_VALUE_PAYMENT")
			.stream()
			.filter((event) -> paymentId.equals(event.details().get("paymentId")))
			.toList();
		assertThat(events).hasSize(1);
		SecurityEvent event = events.get(0);
		assertThat(event.severity()).isEqualTo(SecurityEvent.Severity.CRITICAL);
		assertThat(event.details()).containsEntry("category", "FINANCIAL")
			.containsEntry("amount", "5000000")
			.containsEntry("status", "SUCCEEDED");
		assertThat(event.details()).containsOnlyKeys("category", "paymentId", "amount", "status");
		assertThat(event.accountId()).isEqualTo(com.pettoyou.support.Accounts.accountId(owner));
	}

	@Test
	void paymentBelowThresholdRaisesNoEvent() {
		String paymentId = PaymentFixtures.aPayment(owner, policyId, 4_999_900);

		assertThat(securityEvents.ofType("HIGH_VALUE_PAYMENT"))
			.noneMatch((event) -> paymentId.equals(event.details().get("paymentId")));
	}

}
