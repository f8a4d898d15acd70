package com.pettoyou.insurance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.payments.PaymentsIntegrationTest;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static com.pettoyou.insurance.ClaimFixtures.aClaim;
import static com.pettoyou.insurance.ClaimFixtures.submit;
import static com.pettoyou.insurance.ClaimFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claim submission: the D13 cost table, the breakdown, dates against the policy's term,
 * ownership of the policy and the health notes, and the request's form. Rejected
 * submissions store nothing.
 */
@PaymentsIntegrationTest
class ClaimSubmissionTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	ApiClient api;

	ApiClient owner;

	String policyId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = ClaimFixtures.anOwner(api).client();
		policyId = ClaimFixtures.anActivePolicy(owner, ClaimFixtures.PREMIUM, ClaimFixtures.SETTLED_POLICY_DAYS);
	}

	@Test
	void validClaimIsSubmitted() {
		ApiClient.Response response = submit(owner, aClaim(clock, policyId, "GENERAL", 123_400));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode body = response.json();
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "status", "reviewRequired");
		assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(body.get("reviewRequired").asBoolean()).isFalse();
		String claimId = body.get("id").asString();
		List<Database.AuditRow> audit = Database.auditByActionAndResource("CLAIM_SUBMITTED", claimId);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).details()).contains(policyId).contains("123400").doesNotContain("gastroenteritis");
	}

	@ParameterizedTest
	@CsvSource({ "GENERAL, 1000, 1000000", "SURGERY, 100000, 10000000", "EMERGENCY, 50000, 5000000",
			"HOSPITALIZATION, 100000, 3000000", "DIAGNOSTIC, 10000, 500000", "DENTAL, 30000, 1500000",
			"CHRONIC, 20000, 500000" })
	void costBoundsOfEachType(String type, long minimum, long maximum) {
		ApiClient.Response belowMinimum = submit(owner, aClaim(clock, policyId, type, minimum - 1));
		ApiClient.Response aboveMaximum = submit(owner, aClaim(clock, policyId, type, maximum + 1));
		ApiClient.Response atMinimum = submit(owner, aClaim(clock, policyId, type, minimum));
		ApiClient.Response atMaximum = submit(owner, aClaim(clock, policyId, type, maximum));

		assertThat(belowMinimum.status()).as(belowMinimum.toString()).isEqualTo(400);
		assertThat(violation(belowMinimum)).isEqualTo("totalClaimAmount:below_minimum");
		assertThat(belowMinimum.json().get("detail").asString()).contains(type).contains("minimum");
		assertThat(aboveMaximum.status()).as(aboveMaximum.toString()).isEqualTo(400);
		// Above 10,000,000 the request's own limit rejects it before the type's limit
		// does.
		assertThat(violations(aboveMaximum)).containsAnyOf("totalClaimAmount:above_maximum", "totalClaimAmount:max");
		assertThat(atMinimum.status()).as(atMinimum.toString()).isEqualTo(201);
		assertThat(atMaximum.status()).as(atMaximum.toString()).isEqualTo(201);
		assertThat(ClaimFixtures.storedClaims(owner)).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "GENERAL, 500000, 500001", "SURGERY, 5000000, 5000001", "EMERGENCY, 3000000, 3000001",
			"HOSPITALIZATION, 2000000, 2000001", "DIAGNOSTIC, 300000, 300001", "DENTAL, 1000000, 1000001",
			"CHRONIC, 300000, 300001" })
	void reviewThresholdOfEachType(String type, long atThreshold, long aboveThreshold) {
		ApiClient.Response at = submit(owner, with(aClaim(clock, policyId, type, atThreshold), "incidentDate",
				ClaimFixtures.today(clock).minusDays(20).toString()));
		ApiClient.Response above = submit(owner, aClaim(clock, policyId, type, aboveThreshold));

		assertThat(at.status()).as(at.toString()).isEqualTo(201);
		assertThat(above.status()).as(above.toString()).isEqualTo(201);
		assertThat(above.json().get("reviewRequired").asBoolean()).isTrue();
		JsonNode stored = ClaimFixtures.claimAsAdjuster(ClaimFixtures.anAdjuster(context, api),
				at.json().get("id").asString());
		assertThat(stored.get("fraudFlags").valueStream().map(JsonNode::asString).toList())
			.doesNotContain("COST_ABOVE_REVIEW_THRESHOLD");
	}

	@Test
	void breakdownMustAddUpToTotal() {
		Map<String, Object> claim = with(aClaim(clock, policyId, "GENERAL", 100_000), "costBreakdown",
				List.of(Map.of("item", "Consultation", "amount", 40_000), Map.of("item", "X-ray", "amount", 50_000)));

		ApiClient.Response response = submit(owner, claim);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(violation(response)).isEqualTo("costBreakdown:sum_mismatch");
		assertThat(ClaimFixtures.storedClaims(owner)).isZero();
	}

	@Test
	void breakdownOfSeveralLinesIsAccepted() {
		Map<String, Object> claim = with(aClaim(clock, policyId, "GENERAL", 90_000), "costBreakdown",
				List.of(Map.of("item", "Consultation", "amount", 40_000), Map.of("item", "X-ray", "amount", 50_000)));

		ApiClient.Response response = submit(owner, claim);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	@Test
	void breakdownOverflowIsRejected() {
		Map<String, Object> claim = with(aClaim(clock, policyId, "GENERAL", 100_000), "costBreakdown",
				List.of(Map.of("item", "Consultation", "amount", Long.MAX_VALUE), Map.of("item", "X", "amount", 1)));

		ApiClient.Response response = submit(owner, claim);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ClaimFixtures.storedClaims(owner)).isZero();
	}

	@Test
	void breakdownLineCountIsLimited() {
		List<Map<String, Object>> fiftyOne = new ArrayList<>(
				Collections.nCopies(51, Map.of("item", "Medicine", "amount", 1_000)));

		ApiClient.Response empty = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 51_000), "costBreakdown", List.of()));
		ApiClient.Response tooMany = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 51_000), "costBreakdown", fiftyOne));
		ApiClient.Response fifty = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 50_000), "costBreakdown", fiftyOne.subList(0, 50)));

		assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
		assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
		assertThat(fifty.status()).as(fifty.toString()).isEqualTo(201);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "<b></b>" })
	void blankItemIsRejected(String item) {
		ApiClient.Response response = submit(owner, with(aClaim(clock, policyId, "GENERAL", 10_000), "costBreakdown",
				List.of(Map.of("item", item, "amount", 10_000))));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void longItemIsRejected() {
		ApiClient.Response tooLong = submit(owner, with(aClaim(clock, policyId, "GENERAL", 10_000), "costBreakdown",
				List.of(Map.of("item", "x".repeat(101), "amount", 10_000))));
		ApiClient.Response longest = submit(owner, with(aClaim(clock, policyId, "GENERAL", 10_000), "costBreakdown",
				List.of(Map.of("item", "x".repeat(100), "amount", 10_000))));

		assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
		assertThat(longest.status()).as(longest.toString()).isEqualTo(201);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "0", "0.5", "\"5\"", "1e7", "\"NaN\"", "10000001", "9223372036854775807",
			"99999999999999999999", "true", "null" })
	void invalidTotalIsRejected(String total) {
		String body = """
				{"policyId":"%s","claimType":"GENERAL","incidentDate":"%s","diagnosis":"Otitis",
				 "totalClaimAmount":%s,"costBreakdown":[{"item":"Consultation","amount":10000}]}
				""".formatted(policyId, ClaimFixtures.today(clock).minusDays(3), total);

		ApiClient.Response response = submit(owner, body);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ClaimFixtures.storedClaims(owner)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-29", "2025-13-01", "2025-04-31", "2025/01/05", "05-01-2025", "2025-1-5",
			"20250105", "2025-01-05T00:00:00", "\"\"" })
	void invalidIncidentDateIsRejected(String date) {
		String value = date.startsWith("\"") ? date : "\"" + date + "\"";
		String body = """
				{"policyId":"%s","claimType":"GENERAL","incidentDate":%s,"diagnosis":"Otitis",
				 "totalClaimAmount":10000,"costBreakdown":[{"item":"Consultation","amount":10000}]}
				""".formatted(policyId, value);

		ApiClient.Response response = submit(owner, body);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void futureIncidentIsRejected() {
		ApiClient.Response tomorrow = submit(owner, with(aClaim(clock, policyId, "GENERAL", 10_000), "incidentDate",
				ClaimFixtures.today(clock).plusDays(1).toString()));
		ApiClient.Response today = submit(owner, with(aClaim(clock, policyId, "GENERAL", 10_000), "incidentDate",
				ClaimFixtures.today(clock).toString()));

		assertThat(tomorrow.status()).as(tomorrow.toString()).isEqualTo(400);
		assertThat(violation(tomorrow)).isEqualTo("incidentDate:future");
		assertThat(today.status()).as(today.toString()).isEqualTo(201);
	}

	@Test
	void incidentInWaitingPeriodIsRejected() {
		String recent = ClaimFixtures.anActivePolicy(owner, ClaimFixtures.PREMIUM, 20);

		ApiClient.Response inWaiting = submit(owner, aClaim(clock, recent, "GENERAL", 10_000));
		ApiClient.Response beforeStart = submit(owner, with(aClaim(clock, recent, "GENERAL", 10_000), "incidentDate",
				ClaimFixtures.today(clock).minusDays(25).toString()));

		assertThat(inWaiting.status()).as(inWaiting.toString()).isEqualTo(400);
		assertThat(violation(inWaiting)).isEqualTo("incidentDate:in_waiting_period");
		assertThat(beforeStart.status()).as(beforeStart.toString()).isEqualTo(400);
		assertThat(violation(beforeStart)).isEqualTo("incidentDate:before_policy_start");
	}

	@Test
	void firstDayAfterWaitingPeriodIsCovered() {
		String recent = ClaimFixtures.anActivePolicy(owner, ClaimFixtures.PREMIUM, 40);
		Map<String, Object> claim = aClaim(clock, recent, "GENERAL", 10_000);

		ApiClient.Response dayBefore = submit(owner,
				with(claim, "incidentDate", ClaimFixtures.today(clock).minusDays(11).toString()));
		ApiClient.Response firstDay = submit(owner,
				with(claim, "incidentDate", ClaimFixtures.today(clock).minusDays(10).toString()));

		assertThat(dayBefore.status()).as(dayBefore.toString()).isEqualTo(400);
		assertThat(firstDay.status()).as(firstDay.toString()).isEqualTo(201);
	}

	@Test
	void incidentAfterTermIsRejected() {
		String ended = ClaimFixtures.anActivePolicy(owner, ClaimFixtures.PREMIUM, 400);

		ApiClient.Response response = submit(owner, aClaim(clock, ended, "GENERAL", 10_000));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(violation(response)).isEqualTo("incidentDate:after_policy_end");
	}

	@Test
	void uncoveredTypeIsRejected() {
		String basic = ClaimFixtures.anActivePolicy(owner, InsuranceFixtures.BASIC, 200);

		ApiClient.Response response = submit(owner, aClaim(clock, basic, "SURGERY", 200_000));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(violation(response)).isEqualTo("claimType:not_covered");
	}

	@Test
	void pendingPolicyIsRejected() {
		String pending = InsuranceFixtures.aPolicy(owner, ClaimFixtures.PREMIUM);

		ApiClient.Response response = submit(owner, aClaim(clock, pending, "GENERAL", 10_000));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(violation(response)).isEqualTo("policyId:policy_not_active");
	}

	@Test
	void otherOwnersPolicyIsForbidden() {
		ApiClient other = ClaimFixtures.anOwner(api).client();

		ApiClient.Response response = submit(other, aClaim(clock, policyId, "GENERAL", 10_000));

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
		assertThat(response.body()).doesNotContain(policyId);
		assertThat(Database.auditByCorrelationId(response.header("X-Request-Id"))).extracting(Database.AuditRow::action)
			.containsExactly("ACCESS_DENIED");
		assertThat(ClaimFixtures.storedClaims(other)).isZero();
	}

	@Test
	void unknownPolicyIsNotFound() {
		ApiClient.Response response = submit(owner, aClaim(clock, UUID.randomUUID().toString(), "GENERAL", 10_000));

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
	}

	@Test
	void ownHealthNotesAreCited() {
		String note = aHealthNote(owner, ClaimFixtures.petOf(policyId));

		ApiClient.Response response = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 10_000), "healthNoteIds", List.of(note)));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode claim = owner.get("/api/v1/claims/" + response.json().get("id").asString()).json();
		assertThat(claim.get("healthNoteIds").valueStream().map(JsonNode::asString).toList()).containsExactly(note);
	}

	@Test
	void foreignHealthNotesAreRejected() {
		ApiClient other = ClaimFixtures.anOwner(api).client();
		String othersNote = aHealthNote(other, InsuranceFixtures.aPet(other));
		String otherPetOfOwner = aHealthNote(owner, InsuranceFixtures.aPet(owner));
		String deleted = aHealthNote(owner, ClaimFixtures.petOf(policyId));
		assertThat(owner.delete("/api/v1/health-notes/" + deleted).status()).isEqualTo(204);

		for (String note : List.of(othersNote, otherPetOfOwner, deleted, UUID.randomUUID().toString())) {
			ApiClient.Response response = submit(owner,
					with(aClaim(clock, policyId, "GENERAL", 10_000), "healthNoteIds", List.of(note)));

			assertThat(response.status()).as(response.toString()).isEqualTo(400);
			assertThat(violation(response)).isEqualTo("healthNoteIds:unknown_health_note");
		}
		assertThat(ClaimFixtures.storedClaims(owner)).isZero();
	}

	@Test
	void repeatedHealthNoteIsRejected() {
		String note = aHealthNote(owner, ClaimFixtures.petOf(policyId));

		ApiClient.Response response = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 10_000), "healthNoteIds", List.of(note, note)));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "status", "approvedAmount", "userId", "claimantId", "reviewRequired", "fraudFlags", "Status" })
	void protectedFieldsAreRejected(String field) {
		ApiClient.Response response = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 10_000), field, "APPROVED"));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ClaimFixtures.storedClaims(owner)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "\"general\"", "\"COSMETIC\"" })
	void invalidClaimTypeIsRejected(String type) {
		String body = """
				{"policyId":"%s","claimType":%s,"incidentDate":"%s","diagnosis":"Otitis",
				 "totalClaimAmount":10000,"costBreakdown":[{"item":"Consultation","amount":10000}]}
				""".formatted(policyId, type, ClaimFixtures.today(clock).minusDays(3));

		ApiClient.Response response = submit(owner, body);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void markupInDiagnosisIsRemoved() {
		ApiClient.Response response = submit(owner, with(aClaim(clock, policyId, "GENERAL", 10_000), "diagnosis",
				"<script>alert('x')</script>Otitis <b>externa</b> <img src=x onerror=alert(1)>"));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode claim = owner.get("/api/v1/claims/" + response.json().get("id").asString()).json();
		assertThat(claim.get("diagnosis").asString()).isEqualTo("Otitis externa");
	}

	@ParameterizedTest
	@ValueSource(strings = { "x'; DROP TABLE insurance_claim; --", "1' OR '1'='1", "${jndi:ldap://x/a}" })
	void injectionInDiagnosisIsRejected(String diagnosis) {
		ApiClient.Response response = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 10_000), "diagnosis", diagnosis));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(violation(response)).isEqualTo("diagnosis:not_allowed");
		assertThat(ClaimFixtures.storedClaims(owner)).isZero();
	}

	@Test
	void diagnosisLengthIsLimited() {
		ApiClient.Response tooLong = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 10_000), "diagnosis", "a".repeat(2001)));
		ApiClient.Response blank = submit(owner,
				with(aClaim(clock, policyId, "GENERAL", 10_000), "diagnosis", "<p> </p>"));

		assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
		assertThat(violation(tooLong)).isEqualTo("diagnosis:too_long");
		assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
	}

	@Test
	void clinicalTextIsStoredEncrypted() {
		String claimId = ClaimFixtures.aSubmittedClaim(owner,
				with(aClaim(clock, policyId, "GENERAL", 10_000), "diagnosis", "Canary diagnosis Kq93 pancreatitis"));

		Map<String, Object> row = Database.jdbc()
			.sql("SELECT * FROM insurance_claim WHERE id = :id")
			.param("id", UUID.fromString(claimId))
			.query()
			.singleRow();

		assertThat(row).doesNotContainKeys("diagnosis", "cost_breakdown");
		String raw = new String((byte[]) row.get("diagnosis_encrypted"), java.nio.charset.StandardCharsets.ISO_8859_1)
				+ new String((byte[]) row.get("cost_breakdown_encrypted"),
						java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(raw).doesNotContain("Kq93").doesNotContain("Consultation");
		ApiClient.Response read = owner.get("/api/v1/claims/" + claimId);
		assertThat(read.json().get("diagnosis").asString()).isEqualTo("Canary diagnosis Kq93 pancreatitis");
		assertThat(read.body()).doesNotContain("Encrypted").doesNotContain("encrypted");
	}

	private static String aHealthNote(ApiClient owner, String petId) {
		ApiClient.Response created = owner.post("/api/v1/pets/" + petId + "/health-notes",
				Map.of("visitDate", "2025-01-10", "diagnosis", "Otitis externa", "treatment", "Ear drops"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static List<String> violations(ApiClient.Response response) {
		return response.json()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString() + ":" + error.get("code").asString())
			.toList();
	}

	private static String violation(ApiClient.Response response) {
		JsonNode error = response.json().get("errors").get(0);
		return error.get("field").asString() + ":" + error.get("code").asString();
	}

}
