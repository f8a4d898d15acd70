package com.pettoyou.insurance;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.payments.PaymentsIntegrationTest;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.SecurityEvents;

import static com.pettoyou.insurance.ClaimFixtures.aClaim;
import static com.pettoyou.insurance.ClaimFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fraud rule flags the claim it is meant for, and only that one; a normal claim is
 * flagged by none. Flags are visible to adjusters, never to the claimant.
 */
@PaymentsIntegrationTest
class FraudRulesTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	ApiClient api;

	ApiClient owner;

	ApiClient adjuster;

	String policyId;

	SecurityEvents events;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = ClaimFixtures.anOwner(api).client();
		adjuster = ClaimFixtures.anAdjuster(context, api);
		policyId = ClaimFixtures.anActivePolicy(owner, ClaimFixtures.PREMIUM, ClaimFixtures.SETTLED_POLICY_DAYS);
		events = SecurityEvents.collect(context);
	}

	@AfterEach
	void tearDown() {
		events.close();
	}

	@Test
	void normalClaimIsNotFlagged() {
		ApiClient.Response response = submit(owner, aClaim(clock, policyId, "GENERAL", 123_400));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("reviewRequired").asBoolean()).isFalse();
		assertThat(flags(response)).isEmpty();
		assertThat(eventsFor("CLAIM_FLAGGED", response)).isEmpty();
		assertThat(eventsFor("COST_ANOMALY", response)).isEmpty();
	}

	@Test
	void earlyIncidentIsFlagged() {
		String young = ClaimFixtures.anActivePolicy(owner, ClaimFixtures.PREMIUM, 40);

		ApiClient.Response response = submit(owner, aClaim(clock, young, "GENERAL", 123_400));

		assertFlaggedBy(response, "EARLY_INCIDENT");
	}

	@Test
	void duplicateClaimIsFlagged() {
		Map<String, Object> claim = aClaim(clock, policyId, "GENERAL", 123_400);
		ApiClient.Response first = submit(owner, claim);

		ApiClient.Response repeat = submit(owner, claim);

		assertThat(flags(first)).isEmpty();
		assertFlaggedBy(repeat, "DUPLICATE_CLAIM");
	}

	@Test
	void roundAmountIsFlagged() {
		ApiClient.Response response = submit(owner, aClaim(clock, policyId, "HOSPITALIZATION", 1_500_000));
		ApiClient.Response belowMinimum = submit(owner, aClaim(clock, policyId, "GENERAL", 900_000));

		assertFlaggedBy(response, "ROUND_AMOUNT");
		assertThat(flags(belowMinimum)).doesNotContain("ROUND_AMOUNT");
	}

	@Test
	void frequentClaimsAreFlagged() {
		ApiClient.Response first = submit(owner, aClaim(clock, policyId, "GENERAL", 111_100));
		ApiClient.Response second = submit(owner, aClaim(clock, policyId, "DIAGNOSTIC", 22_200));

		ApiClient.Response third = submit(owner, aClaim(clock, policyId, "DENTAL", 33_300));

		assertThat(flags(first)).isEmpty();
		assertThat(flags(second)).isEmpty();
		assertFlaggedBy(third, "FREQUENT_CLAIMS");
	}

	@Test
	void costAboveThresholdIsFlagged() {
		ApiClient.Response response = submit(owner, aClaim(clock, policyId, "GENERAL", 600_100));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("reviewRequired").asBoolean()).isTrue();
		assertThat(flags(response)).containsExactly("COST_ABOVE_REVIEW_THRESHOLD");
		List<SecurityEvent> anomalies = eventsFor("COST_ANOMALY", response);
		assertThat(anomalies).hasSize(1);
		assertThat(anomalies.get(0).severity()).isEqualTo(SecurityEvent.Severity.WARNING);
		assertThat(anomalies.get(0).details()).containsEntry("reviewThreshold", "500000")
			.containsEntry("totalClaimAmount", "600100");
		assertThat(eventsFor("CLAIM_FLAGGED", response)).isEmpty();
	}

	@Test
	void claimantSeesNoFlags() {
		String claimId = ClaimFixtures.aSubmittedClaim(owner, aClaim(clock, policyId, "HOSPITALIZATION", 2_500_000));

		ApiClient.Response own = owner.get("/api/v1/claims/" + claimId);
		ApiClient.Response list = owner.get("/api/v1/claims");

		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.json().get("reviewRequired").asBoolean()).isTrue();
		for (ApiClient.Response read : List.of(own, list)) {
			assertThat(read.body()).doesNotContain("fraudFlags")
				.doesNotContain("ROUND_AMOUNT")
				.doesNotContain("COST_ABOVE")
				.doesNotContain("claimantId")
				.doesNotContain("reviewerId")
				.doesNotContain("\"note\"");
		}
	}

	private void assertFlaggedBy(ApiClient.Response response, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("reviewRequired").asBoolean()).isTrue();
		assertThat(flags(response)).containsExactly(rule);
		List<SecurityEvent> flagged = eventsFor("CLAIM_FLAGGED", response);
		assertThat(flagged).hasSize(1);
		assertThat(flagged.get(0).severity()).isEqualTo(SecurityEvent.Severity.WARNING);
		assertThat(flagged.get(0).details()).containsEntry("rules", rule);
		assertThat(eventsFor("COST_ANOMALY", response)).isEmpty();
	}

	private List<String> flags(ApiClient.Response response) {
		JsonNode claim = ClaimFixtures.claimAsAdjuster(adjuster, response.json().get("id").asString());
		return claim.get("fraudFlags").valueStream().map(JsonNode::asString).toList();
	}

	private List<SecurityEvent> eventsFor(String type, ApiClient.Response response) {
		String claimId = response.json().get("id").asString();
		return events.ofType(type).stream().filter((event) -> claimId.equals(event.details().get("claimId"))).toList();
	}

}
