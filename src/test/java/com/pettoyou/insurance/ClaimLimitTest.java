package com.pettoyou.insurance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.payments.PaymentsIntegrationTest;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.SecurityEvents;

import static com.pettoyou.insurance.ClaimFixtures.aClaim;
import static com.pettoyou.insurance.ClaimFixtures.submit;
import static com.pettoyou.insurance.ClaimFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One account may submit 5 claims within any hour (then 429) and 10 within any 24 hours
 * (then 400), counted in PostgreSQL, also under 20 parallel submissions.
 */
@PaymentsIntegrationTest
class ClaimLimitTest {

	static final int PARALLEL = 20;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AdjustableClock clock;

	ApiClient api;

	ClaimFixtures.Owner owner;

	String policyId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = ClaimFixtures.anOwner(api);
		policyId = ClaimFixtures.anActivePolicy(owner.client(), ClaimFixtures.PREMIUM,
				ClaimFixtures.SETTLED_POLICY_DAYS);
	}

	@Test
	void sixthClaimInHourIsRateLimited() {
		Map<String, Object> claim = aClaim(clock, policyId, "GENERAL", 50_000);
		for (int i = 1; i <= 5; i++) {
			ApiClient.Response accepted = submit(owner.client(), claim);
			assertThat(accepted.status()).as("claim " + i + ": " + accepted).isEqualTo(201);
		}

		try (SecurityEvents events = SecurityEvents.collect(context)) {
			ApiClient.Response sixth = submit(owner.client(), claim);

			assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
			assertThat(sixth.json().get("code").asString()).isEqualTo("rate_limited");
			assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 3600L);
			assertThat(events.ofType("CLAIM_LIMIT_REACHED")).hasSize(1);
		}
		assertThat(ClaimFixtures.storedClaims(owner.client())).isEqualTo(5);
		ApiClient.Response otherAccount = submit(ClaimFixtures.anOwner(api).client(), claim);
		assertThat(otherAccount.status()).as("the limit is per account").isIn(400, 403);
	}

	@Test
	void hourlyWindowSlides() {
		for (int i = 1; i <= 5; i++) {
			submitDistinct(owner.client(), i);
		}
		assertThat(submit(owner.client(), distinct(6)).status()).isEqualTo(429);

		clock.advance(Duration.ofHours(1).plusSeconds(1));
		owner = owner.signInAgain(api);

		ApiClient.Response later = submit(owner.client(), distinct(6));
		assertThat(later.status()).as(later.toString()).isEqualTo(201);
	}

	@Test
	void eleventhClaimInDayIsRejected() {
		for (int i = 1; i <= 5; i++) {
			submitDistinct(owner.client(), i);
		}
		clock.advance(Duration.ofMinutes(61));
		owner = owner.signInAgain(api);
		for (int i = 6; i <= 10; i++) {
			submitDistinct(owner.client(), i);
		}
		clock.advance(Duration.ofMinutes(61));
		owner = owner.signInAgain(api);

		ApiClient.Response eleventh = submit(owner.client(), distinct(11));

		assertThat(eleventh.status()).as(eleventh.toString()).isEqualTo(400);
		assertThat(eleventh.json().get("code").asString()).isEqualTo("claim_limit_reached");
		assertThat(eleventh.json().get("detail").asString()).contains("10 claims in 24 hours");
		assertThat(ClaimFixtures.storedClaims(owner.client())).isEqualTo(10);
		clock.advance(Duration.ofHours(23));
		owner = owner.signInAgain(api);
		ApiClient.Response nextDay = submit(owner.client(), distinct(11));
		assertThat(nextDay.status()).as(nextDay.toString()).isEqualTo(201);
	}

	@Test
	void parallelSubmissionsKeepHourlyLimit() throws Exception {
		ApiClient claimant = owner.client();

		List<ApiClient.Response> responses = ClaimFixtures.sendTogether(PARALLEL,
				(index) -> submit(claimant, distinct(index + 1)));

		assertThat(responses.stream().filter((response) -> response.status() == 201).count()).as(responses.toString())
			.isEqualTo(5);
		assertThat(responses.stream().filter((response) -> response.status() == 429).count()).as(responses.toString())
			.isEqualTo(PARALLEL - 5);
		assertThat(ClaimFixtures.storedClaims(claimant)).isEqualTo(5);
	}

	@Test
	void parallelSubmissionsKeepDailyLimit() throws Exception {
		for (int i = 1; i <= 5; i++) {
			submitDistinct(owner.client(), i);
		}
		clock.advance(Duration.ofMinutes(61));
		owner = owner.signInAgain(api);
		for (int i = 6; i <= 9; i++) {
			submitDistinct(owner.client(), i);
		}
		clock.advance(Duration.ofMinutes(61));
		owner = owner.signInAgain(api);
		ApiClient claimant = owner.client();

		List<ApiClient.Response> responses = ClaimFixtures.sendTogether(PARALLEL,
				(index) -> submit(claimant, distinct(100 + index)));

		assertThat(responses.stream().filter((response) -> response.status() == 201).count()).as(responses.toString())
			.isEqualTo(1);
		assertThat(responses.stream().filter((response) -> response.status() == 400).count()).as(responses.toString())
			.isEqualTo(PARALLEL - 1);
		assertThat(ClaimFixtures.storedClaims(claimant)).isEqualTo(10);
	}

	@Test
	void rejectedClaimsDoNotCount() {
		for (int i = 1; i <= 6; i++) {
			ApiClient.Response rejected = submit(owner.client(), aClaim(clock, policyId, "GENERAL", 999));
			assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
		}

		for (int i = 1; i <= 5; i++) {
			submitDistinct(owner.client(), i);
		}
	}

	/** Returns a valid claim whose amount differs by {@code index}. */
	private Map<String, Object> distinct(int index) {
		return with(aClaim(clock, policyId, "GENERAL", 10_000 + index), "costBreakdown",
				List.of(Map.of("item", "Consultation", "amount", 10_000 + index)));
	}

	private void submitDistinct(ApiClient claimant, int index) {
		ApiClient.Response accepted = submit(claimant, distinct(index));
		assertThat(accepted.status()).as("claim " + index + ": " + accepted).isEqualTo(201);
	}

}
