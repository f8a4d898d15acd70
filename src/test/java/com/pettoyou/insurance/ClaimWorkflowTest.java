package com.pettoyou.insurance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.payments.PaymentsIntegrationTest;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static com.pettoyou.insurance.ClaimFixtures.aClaim;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim workflow: who reads which claims and for what purpose, and the only allowed
 * moves SUBMITTED → IN_REVIEW → APPROVED → PAID or → REJECTED; every other move gets 409.
 */
@PaymentsIntegrationTest
class ClaimWorkflowTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	ApiClient api;

	ClaimFixtures.Owner owner;

	ApiClient adjuster;

	String policyId;

	String claimId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = ClaimFixtures.anOwner(api);
		adjuster = ClaimFixtures.anAdjuster(context, api);
		policyId = ClaimFixtures.anActivePolicy(owner.client(), ClaimFixtures.PREMIUM,
				ClaimFixtures.SETTLED_POLICY_DAYS);
		claimId = ClaimFixtures.aSubmittedClaim(owner.client(), aClaim(clock, policyId, "GENERAL", 123_400));
	}

	@Test
	void adjusterMustDeclareClaimReview() {
		for (String path : List.of("/api/v1/claims", "/api/v1/claims/" + claimId)) {
			ApiClient.Response missing = adjuster.get(path);
			ApiClient.Response treatment = adjuster.withHeader("Access-Purpose", "TREATMENT").get(path);
			ApiClient.Response lowerCase = adjuster.withHeader("Access-Purpose", "claim_review").get(path);
			ApiClient.Response declared = ClaimFixtures.reviewing(adjuster).get(path);

			assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
			assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("Access-Purpose");
			assertThat(treatment.status()).as(treatment.toString()).isEqualTo(400);
			assertThat(lowerCase.status()).as(lowerCase.toString()).isEqualTo(400);
			assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
		}
	}

	@Test
	void adjusterReadsDecryptedClaimAndIsAudited() {
		ApiClient.Response read = ClaimFixtures.reviewing(adjuster).get("/api/v1/claims/" + claimId);

		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		JsonNode claim = read.json();
		assertThat(claim.get("diagnosis").asString()).isEqualTo("Acute gastroenteritis after eating a sock");
		assertThat(claim.get("claimantId").asString()).isEqualTo(Accounts.accountId(owner.client()).toString());
		assertThat(claim.get("costBreakdown").get(0).get("amount").asLong()).isEqualTo(123_400);
		assertThat(claim.get("status").asString()).as("a read changes nothing").isEqualTo("SUBMITTED");
		List<Database.AuditRow> audit = Database.auditByActionAndResource("CLAIM_READ", claimId);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).actorRole()).isEqualTo("CLAIMS_ADJUSTER");
		assertThat(audit.get(0).details()).contains("CLAIM_REVIEW").doesNotContain("gastroenteritis");
	}

	@Test
	void adjusterListsEveryClaim() {
		ApiClient other = ClaimFixtures.anOwner(api).client();
		String othersClaim = ClaimFixtures.aSubmittedClaim(other,
				aClaim(clock, ClaimFixtures.anActivePolicy(other, ClaimFixtures.PREMIUM, 200), "GENERAL", 55_500));

		ApiClient.Response listed = ClaimFixtures.reviewing(adjuster).get("/api/v1/claims?status=SUBMITTED&size=100");

		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		assertThat(ids(listed)).contains(claimId, othersClaim);
		assertThat(listed.json().get("items").get(0).has("fraudFlags")).isTrue();
		assertThat(listed.json().get("items").get(0).has("diagnosis")).isFalse();
	}

	@Test
	void claimantReadsOnlyOwnClaims() {
		ApiClient other = ClaimFixtures.anOwner(api).client();
		String othersClaim = ClaimFixtures.aSubmittedClaim(other,
				aClaim(clock, ClaimFixtures.anActivePolicy(other, ClaimFixtures.PREMIUM, 200), "GENERAL", 55_500));

		ApiClient.Response own = owner.client().get("/api/v1/claims/" + claimId);
		ApiClient.Response foreign = owner.client().get("/api/v1/claims/" + othersClaim);
		ApiClient.Response listed = owner.client().get("/api/v1/claims?size=100");
		ApiClient.Response missing = owner.client().get("/api/v1/claims/" + UUID.randomUUID());

		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.json().get("diagnosis").asString()).contains("gastroenteritis");
		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
		assertThat(foreign.body()).doesNotContain("gastroenteritis").doesNotContain("55500");
		assertThat(Database.auditByCorrelationId(foreign.header("X-Request-Id"))).extracting(Database.AuditRow::action)
			.containsExactly("ACCESS_DENIED");
		assertThat(ids(listed)).containsExactly(claimId);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(Database.auditByActionAndResource("CLAIM_READ", claimId).get(0).details()).contains("OWNER_ACCESS");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sort=createdAt", "order=desc", "status=PAID;", "status=paid" })
	void unknownListParametersAreRejected(String query) {
		ApiClient.Response response = owner.client().get("/api/v1/claims?" + query);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void rolesAreChecked() {
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);
		Map<String, Object> approval = Map.of("approvedAmount", 10_000);

		assertThat(owner.client().post("/api/v1/claims/" + claimId + "/review", null).status()).isEqualTo(403);
		assertThat(owner.client().post("/api/v1/claims/" + claimId + "/approve", approval).status()).isEqualTo(403);
		assertThat(owner.client().post("/api/v1/claims/" + claimId + "/reject", Map.of("reason", "x")).status())
			.isEqualTo(403);
		assertThat(ClaimFixtures.submit(adjuster, aClaim(clock, policyId, "GENERAL", 10_000)).status()).isEqualTo(403);
		assertThat(ClaimFixtures.reviewing(operator).get("/api/v1/claims").status()).isEqualTo(403);
		assertThat(ClaimFixtures.reviewing(operator).get("/api/v1/claims/" + claimId).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/claims").status()).isEqualTo(401);
		assertThat(status()).isEqualTo("SUBMITTED");
	}

	@Test
	void submittedClaimMovesOnlyToReviewOrRejection() {
		assertThat(approve(10_000).status()).isEqualTo(409);
		assertThat(status()).isEqualTo("SUBMITTED");

		ApiClient.Response reviewed = adjuster.post("/api/v1/claims/" + claimId + "/review", null);

		assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
		assertThat(reviewed.json().get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(review().status()).isEqualTo(409);
		assertThat(Database.auditByActionAndResource("CLAIM_REVIEW_STARTED", claimId)).hasSize(1);
	}

	@Test
	void approvedClaimCannotMoveBack() {
		ClaimFixtures.reviewAndApprove(adjuster, claimId, 100_000);

		ApiClient.Response again = approve(100_000);

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("conflict");
		assertThat(review().status()).isEqualTo(409);
		assertThat(reject().status()).isEqualTo(409);
		assertThat(Database.auditByActionAndResource("CLAIM_APPROVED", claimId)).hasSize(1);
	}

	@Test
	void paidClaimIsFinal() {
		ClaimFixtures.setPayoutAccount(owner.client(), "110-123-456789");
		ClaimFixtures.reviewAndApprove(adjuster, claimId, 100_000);
		assertThat(status()).isEqualTo("PAID");

		assertThat(approve(100_000).status()).isEqualTo(409);
		assertThat(review().status()).isEqualTo(409);
		assertThat(reject().status()).isEqualTo(409);
		assertThat(status()).isEqualTo("PAID");
	}

	@Test
	void rejectionFromSubmittedOrInReview() {
		String inReview = ClaimFixtures.aSubmittedClaim(owner.client(), aClaim(clock, policyId, "DENTAL", 77_700));
		ClaimFixtures.startReview(adjuster, inReview);

		ApiClient.Response rejected = reject();
		ApiClient.Response rejectedInReview = adjuster.post("/api/v1/claims/" + inReview + "/reject",
				Map.of("reason", "Treatment happened before the policy started"));

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejectedInReview.status()).as(rejectedInReview.toString()).isEqualTo(200);
		JsonNode seen = owner.client().get("/api/v1/claims/" + claimId).json();
		assertThat(seen.get("status").asString()).isEqualTo("REJECTED");
		assertThat(seen.get("rejectionReason").asString()).isEqualTo("Not covered by the policy");
		List<Database.AuditRow> audit = Database.auditByActionAndResource("CLAIM_REJECTED", claimId);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).details()).doesNotContain("Not covered");
	}

	@Test
	void rejectedClaimIsFinal() {
		assertThat(reject().status()).isEqualTo(200);

		assertThat(reject().status()).isEqualTo(409);
		assertThat(review().status()).isEqualTo(409);
		assertThat(approve(10_000).status()).isEqualTo(409);
		assertThat(status()).isEqualTo("REJECTED");
	}

	@Test
	void approvalAboveTotalIsRejected() {
		ClaimFixtures.startReview(adjuster, claimId);

		ApiClient.Response above = approve(123_401);
		ApiClient.Response zero = approve(0);

		assertThat(above.status()).as(above.toString()).isEqualTo(400);
		assertThat(above.json().get("errors").get(0).get("code").asString()).isEqualTo("above_total");
		assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
		assertThat(status()).isEqualTo("IN_REVIEW");
	}

	@Test
	void adjusterCannotDecideOwnClaim() {
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);
		ClaimFixtures.startReview(adjuster, claimId);
		ApiClient.Response promoted = admin.patch("/api/v1/admin/accounts/" + Accounts.accountId(owner.client()),
				Map.of("role", "CLAIMS_ADJUSTER"));
		assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
		ApiClient formerOwner = owner.signInAgain(api).client();

		ApiClient.Response ownApproval = formerOwner.post("/api/v1/claims/" + claimId + "/approve",
				Map.of("approvedAmount", 100_000));
		ApiClient.Response ownRejection = formerOwner.post("/api/v1/claims/" + claimId + "/reject",
				Map.of("reason", "Changed my mind"));

		assertThat(ownApproval.status()).as(ownApproval.toString()).isEqualTo(409);
		assertThat(ownRejection.status()).as(ownRejection.toString()).isEqualTo(409);
		assertThat(status()).isEqualTo("IN_REVIEW");
	}

	private ApiClient.Response review() {
		return adjuster.post("/api/v1/claims/" + claimId + "/review", null);
	}

	private ApiClient.Response approve(long amount) {
		return ClaimFixtures.approve(adjuster, claimId, amount);
	}

	private ApiClient.Response reject() {
		return adjuster.post("/api/v1/claims/" + claimId + "/reject", Map.of("reason", "Not covered by the policy"));
	}

	private String status() {
		return ClaimFixtures.claimAsAdjuster(adjuster, claimId).get("status").asString();
	}

	private static List<String> ids(ApiClient.Response listed) {
		return listed.json().get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

}
