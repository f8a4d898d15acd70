package com.pettoyou.insurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixtures for claims and payouts: owners with active policies whose term started some
 * days ago, claim bodies, adjusters and payout accounts. All are made through the public
 * API except the start of a policy's term, which is moved back in the database.
 */
public final class ClaimFixtures {

	/** Pays 80% of every claim type, deductible 10,000, annual limit 10,000,000. */
	public static final String PREMIUM = "Premium Care 80";

	/** The zone of policy terms and incident dates. */
	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** The age of a policy on which no claim counts as early. */
	public static final int SETTLED_POLICY_DAYS = 200;

	private ClaimFixtures() {
	}

	/** An owner signed in with a known email, so that a test can sign in again. */
	public record Owner(String email, ApiClient client) {

		/**
		 * Signs in again, for example after the clock moved past the session's idle time.
		 */
		public Owner signInAgain(ApiClient api) {
			return new Owner(email, api.withToken(Accounts.login(api, email, Accounts.PASSWORD)));
		}

	}

	/** Registers, verifies and signs in a new owner. */
	public static Owner anOwner(ApiClient api) {
		String email = Accounts.aVerifiedOwner(api);
		return new Owner(email, api.withToken(Accounts.login(api, email, Accounts.PASSWORD)));
	}

	/**
	 * Enrols a new pet of the owner, pays the first premium so that the policy is active,
	 * and moves the policy's term back so that it started {@code daysAgo} days ago.
	 * @return the policy id
	 */
	public static String anActivePolicy(ApiClient owner, String productName, int daysAgo) {
		String policyId = InsuranceFixtures.aPolicy(owner, productName);
		ApiClient.Response paid = owner.withHeader("Idempotency-Key", UUID.randomUUID().toString())
			.post("/api/v1/payments", Map.of("policyId", policyId, "amount", 100_000));
		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(paid.json().get("status").asString()).isEqualTo("SUCCEEDED");
		int moved = Database.jdbc().sql("""
				UPDATE insurance_policy
				SET starts_at = starts_at - make_interval(days => :days),
				    ends_at = ends_at - make_interval(days => :days),
				    waiting_period_ends_at = waiting_period_ends_at - make_interval(days => :days)
				WHERE id = :id AND status = 'ACTIVE'
				""").param("days", daysAgo).param("id", UUID.fromString(policyId)).update();
		assertThat(moved).isEqualTo(1);
		return policyId;
	}

	/** Returns the pet that a policy insures. */
	public static String petOf(String policyId) {
		return Database.jdbc()
			.sql("SELECT pet_id FROM insurance_policy WHERE id = :id")
			.param("id", UUID.fromString(policyId))
			.query(UUID.class)
			.single()
			.toString();
	}

	/** Returns today's date in Seoul by the server's clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), SEOUL);
	}

	/**
	 * Returns a valid claim body: one cost line for the whole total, incident ten days
	 * ago.
	 */
	public static Map<String, Object> aClaim(Clock clock, String policyId, String claimType, long total) {
		Map<String, Object> body = new HashMap<>();
		body.put("policyId", policyId);
		body.put("claimType", claimType);
		body.put("incidentDate", today(clock).minusDays(10).toString());
		body.put("diagnosis", "Acute gastroenteritis after eating a sock");
		body.put("totalClaimAmount", total);
		body.put("costBreakdown", List.of(Map.of("item", "Consultation and treatment", "amount", total)));
		return body;
	}

	/** Returns a copy of the body with one field replaced. */
	public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put(field, value);
		return copy;
	}

	/**
	 * Submits a claim and returns the response, whatever its status; a {@code String}
	 * body is sent as is.
	 */
	public static ApiClient.Response submit(ApiClient claimant, Object body) {
		return claimant.post("/api/v1/claims", body);
	}

	/** Submits a claim, expects 201 and returns the claim id. */
	public static String aSubmittedClaim(ApiClient claimant, Map<String, Object> body) {
		ApiClient.Response submitted = submit(claimant, body);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.json().get("id").asString();
	}

	/** Returns a signed-in claims adjuster. */
	public static ApiClient anAdjuster(ApplicationContext context, ApiClient api) {
		return InsuranceFixtures.aSignedInAccount(context, api, "CLAIMS_ADJUSTER");
	}

	/** Returns a client that declares {@code Access-Purpose: CLAIM_REVIEW}. */
	public static ApiClient reviewing(ApiClient adjuster) {
		return adjuster.withHeader("Access-Purpose", "CLAIM_REVIEW");
	}

	/** Takes a claim up for review, expecting 200. */
	public static void startReview(ApiClient adjuster, String claimId) {
		ApiClient.Response reviewed = adjuster.post("/api/v1/claims/" + claimId + "/review", null);
		assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
	}

	/** Approves a claim with this amount and returns the response. */
	public static ApiClient.Response approve(ApiClient adjuster, String claimId, long approvedAmount) {
		return adjuster.post("/api/v1/claims/" + claimId + "/approve", Map.of("approvedAmount", approvedAmount));
	}

	/** Takes a claim up and approves it, expecting 200, and returns the response body. */
	public static JsonNode reviewAndApprove(ApiClient adjuster, String claimId, long approvedAmount) {
		startReview(adjuster, claimId);
		ApiClient.Response approved = approve(adjuster, claimId, approvedAmount);
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		return approved.json();
	}

	/** Returns a claim as an adjuster reads it. */
	public static JsonNode claimAsAdjuster(ApiClient adjuster, String claimId) {
		ApiClient.Response read = reviewing(adjuster).get("/api/v1/claims/" + claimId);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json();
	}

	/** Sets the owner's payout account, expecting 204. */
	public static void setPayoutAccount(ApiClient owner, String accountNumber) {
		ApiClient.Response set = owner.send("PUT", "/api/v1/me/payout-account",
				Map.of("bankCode", "004", "accountNumber", accountNumber, "holderName", "Kim Jiwoo"));
		assertThat(set.status()).as(set.toString()).isEqualTo(204);
	}

	/**
	 * Sends the requests from parallel threads released at once, and returns the
	 * responses in order.
	 */
	public static List<ApiClient.Response> sendTogether(int count, IntFunction<ApiClient.Response> request)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ApiClient.Response>> futures = new ArrayList<>();
		try (ExecutorService executor = Executors.newFixedThreadPool(count)) {
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(executor.submit(() -> {
					start.await();
					return request.apply(index);
				}));
			}
			start.countDown();
			List<ApiClient.Response> responses = new ArrayList<>();
			for (Future<ApiClient.Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

	/** Returns the number of claims that an owner stored. */
	public static long storedClaims(ApiClient owner) {
		return Database.jdbc()
			.sql("SELECT count(*) FROM insurance_claim WHERE claimant_id = :id")
			.param("id", Accounts.accountId(owner))
			.query(Long.class)
			.single();
	}

}
