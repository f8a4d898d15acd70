package com.pettoyou.scaling;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.pettoyou.PetToYouApplication;
import com.pettoyou.common.AdjustableClock;
import com.pettoyou.insurance.ClaimFixtures;
import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.local.TestServices;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insurance flow split over two instances that share PostgreSQL and Redis. A payment
 * is replayed on the second instance, a claim submitted on one is approved and paid on
 * the other, and the hourly claim limit counts submissions to both.
 */
@IntegrationTest
class InsuranceFlowAcrossInstancesTest {

	static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	ApiClient first;

	ApiClient other;

	@BeforeAll
	static void startSecondInstance() {
		second = new SpringApplicationBuilder(PetToYouApplication.class).profiles("local", "test")
			.initializers(new TestServices())
			.properties("server.port=0")
			.run();
	}

	@AfterAll
	static void stopSecondInstance() {
		second.close();
	}

	/**
	 * Aligns the second instance's clock with this one, which other tests may have moved.
	 */
	@BeforeEach
	void setUp() {
		AdjustableClock mine = (AdjustableClock) clock;
		AdjustableClock theirs = second.getBean(AdjustableClock.class);
		theirs.advance(mine.offset().minus(theirs.offset()));
		first = new ApiClient(port);
		other = new ApiClient(((WebServerApplicationContext) second).getWebServer().getPort());
	}

	@Test
	void paymentReplayedOnOtherInstanceGivesSamePayment() {
		ApiClient owner = InsuranceFixtures.anOwner(first);
		String policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.STANDARD);
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("policyId", policyId, "amount", 39_800);

		ApiClient.Response paid = owner.withHeader("Idempotency-Key", key).post("/api/v1/payments", body);
		ApiClient.Response replayed = onOther(owner).withHeader("Idempotency-Key", key).post("/api/v1/payments", body);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(replayed.body()).isEqualTo(paid.body());
		assertThat(Database.jdbc()
			.sql("SELECT count(*) FROM payment WHERE policy_id = :policy")
			.param("policy", UUID.fromString(policyId))
			.query(Long.class)
			.single()).isOne();
		assertThat(InsuranceFixtures.policy(onOther(owner), policyId).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void claimSubmittedHereIsApprovedAndPaidThere() {
		ClaimFixtures.Owner owner = ClaimFixtures.anOwner(first);
		String policyId = ClaimFixtures.anActivePolicy(owner.client(), ClaimFixtures.PREMIUM,
				ClaimFixtures.SETTLED_POLICY_DAYS);
		ClaimFixtures.setPayoutAccount(onOther(owner.client()), "110-222-333444");
		String claimId = ClaimFixtures.aSubmittedClaim(owner.client(),
				ClaimFixtures.aClaim(clock, policyId, "GENERAL", 60_000));
		ApiClient adjuster = onOther(ClaimFixtures.anAdjuster(context, first));

		ClaimFixtures.reviewAndApprove(adjuster, claimId, 60_000);

		ApiClient.Response claim = owner.client().get("/api/v1/claims/" + claimId);
		assertThat(claim.json().get("status").asString()).isEqualTo("PAID");
		ApiClient finance = InsuranceFixtures.aFinanceOperator(context, first);
		ApiClient.Response payouts = finance.get("/api/v1/payouts?size=100");
		List<String> paidClaims = payouts.json()
			.get("items")
			.valueStream()
			.filter((payout) -> payout.get("status").asString().equals("SUCCEEDED"))
			.map((payout) -> payout.get("claimId").asString())
			.toList();
		assertThat(paidClaims).contains(claimId);
		assertThat(payouts.body()).doesNotContain("333444");
	}

	@Test
	void hourlyClaimLimitCountsBothInstances() {
		ClaimFixtures.Owner owner = ClaimFixtures.anOwner(first);
		String policyId = ClaimFixtures.anActivePolicy(owner.client(), ClaimFixtures.PREMIUM,
				ClaimFixtures.SETTLED_POLICY_DAYS);
		for (int i = 0; i < 5; i++) {
			ApiClient instance = (i % 2 == 0) ? owner.client() : onOther(owner.client());
			ClaimFixtures.aSubmittedClaim(instance,
					ClaimFixtures.aClaim(clock, policyId, "GENERAL", 41_000 + i * 1_000));
		}

		ApiClient.Response sixth = ClaimFixtures.submit(onOther(owner.client()),
				ClaimFixtures.aClaim(clock, policyId, "GENERAL", 47_000));

		assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
	}

	/** Returns a client that sends the same credentials to the second instance. */
	private ApiClient onOther(ApiClient client) {
		return client.on(((WebServerApplicationContext) second).getWebServer().getPort());
	}

}
