package com.pettoyou.insurance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.payments.PaymentsIntegrationTest;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/** The product catalogue, and owners enrolling their own pets in it. */
@PaymentsIntegrationTest
class PolicyEnrollmentTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	ApiClient owner;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = InsuranceFixtures.anOwner(api);
	}

	@Test
	void productsListedWithTerms() {
		ApiClient.Response response = owner.get("/api/v1/insurance/products");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode items = response.json().get("items");
		assertThat(items).hasSize(4);
		JsonNode standard = items.get(1);
		assertThat(standard.get("name").asString()).isEqualTo(InsuranceFixtures.STANDARD);
		assertThat(standard.get("coverageTypes").valueStream().map(JsonNode::asString).toList())
			.containsExactly("GENERAL", "SURGERY", "EMERGENCY", "HOSPITALIZATION", "DIAGNOSTIC");
		assertThat(standard.get("coveragePercent").asInt()).isEqualTo(70);
		assertThat(standard.get("deductible").asLong()).isEqualTo(20_000);
		assertThat(standard.get("annualLimit").asLong()).isEqualTo(5_000_000);
		assertThat(standard.get("monthlyPremium").asLong()).isEqualTo(39_800);
		assertThat(standard.get("waitingPeriodDays").asInt()).isEqualTo(30);
		for (JsonNode product : items) {
			assertThat(product.get("coveragePercent").asInt()).as(product.toString()).isIn(50, 70, 80);
			assertThat(product.get("coverageTypes").isEmpty()).as(product.toString()).isFalse();
		}
	}

	@Test
	void productsNeedSignIn() {
		ApiClient.Response response = api.get("/api/v1/insurance/products");

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void ownerEnrolsOwnPet() {
		String petId = InsuranceFixtures.aPet(owner);
		String productId = InsuranceFixtures.productId(owner, InsuranceFixtures.BASIC);

		ApiClient.Response enrolled = owner.post("/api/v1/insurance/policies",
				Map.of("petId", petId, "productId", productId));

		assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
		assertThat(enrolled.json().get("status").asString()).isEqualTo("PENDING");
		String policyId = enrolled.json().get("id").asString();
		JsonNode listed = InsuranceFixtures.policy(owner, policyId);
		assertThat(listed.get("petId").asString()).isEqualTo(petId);
		assertThat(listed.get("productId").asString()).isEqualTo(productId);
		assertThat(listed.get("status").asString()).isEqualTo("PENDING");
		assertThat(listed.get("startsAt").isNull()).isTrue();
		assertThat(listed.get("endsAt").isNull()).isTrue();
		List<Database.AuditRow> audit = Database.auditByActionAndResource("POLICY_CREATED", policyId);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).details()).contains(petId);
	}

	@Test
	void otherOwnersPetIsForbidden() {
		String othersPet = InsuranceFixtures.aPet(InsuranceFixtures.anOwner(api));

		ApiClient.Response response = owner.post("/api/v1/insurance/policies",
				Map.of("petId", othersPet, "productId", InsuranceFixtures.productId(owner, InsuranceFixtures.BASIC)));

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
		List<Database.AuditRow> denials = Database.auditByCorrelationId(response.header("X-Request-Id"));
		assertThat(denials).extracting(Database.AuditRow::action).containsExactly("ACCESS_DENIED");
	}

	@Test
	void unknownPetOrProductIsNotFound() {
		String productId = InsuranceFixtures.productId(owner, InsuranceFixtures.BASIC);
		String petId = InsuranceFixtures.aPet(owner);

		ApiClient.Response unknownPet = owner.post("/api/v1/insurance/policies",
				Map.of("petId", UUID.randomUUID(), "productId", productId));
		ApiClient.Response unknownProduct = owner.post("/api/v1/insurance/policies",
				Map.of("petId", petId, "productId", UUID.randomUUID()));

		assertThat(unknownPet.status()).as(unknownPet.toString()).isEqualTo(404);
		assertThat(unknownProduct.status()).as(unknownProduct.toString()).isEqualTo(404);
	}

	@Test
	void deletedPetIsNotFound() {
		String petId = InsuranceFixtures.aPet(owner);
		assertThat(owner.delete("/api/v1/pets/" + petId).status()).isEqualTo(204);

		ApiClient.Response response = owner.post("/api/v1/insurance/policies",
				Map.of("petId", petId, "productId", InsuranceFixtures.productId(owner, InsuranceFixtures.BASIC)));

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
	}

	@Test
	void secondLivePolicyConflicts() {
		String petId = InsuranceFixtures.aPet(owner);
		String basic = InsuranceFixtures.productId(owner, InsuranceFixtures.BASIC);
		assertThat(owner.post("/api/v1/insurance/policies", Map.of("petId", petId, "productId", basic)).status())
			.isEqualTo(201);

		ApiClient.Response again = owner.post("/api/v1/insurance/policies", Map.of("petId", petId, "productId", basic));
		ApiClient.Response otherProduct = owner.post("/api/v1/insurance/policies",
				Map.of("petId", petId, "productId", InsuranceFixtures.productId(owner, InsuranceFixtures.DENTAL)));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("conflict");
		assertThat(otherProduct.status()).as(otherProduct.toString()).isEqualTo(201);
	}

	@Test
	void policiesListOnlyOwnOnes() {
		String mine = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		ApiClient other = InsuranceFixtures.anOwner(api);
		String theirs = InsuranceFixtures.aPolicy(other, InsuranceFixtures.BASIC);

		ApiClient.Response listed = owner.get("/api/v1/insurance/policies");

		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		List<String> ids = listed.json().get("items").valueStream().map((item) -> item.get("id").asString()).toList();
		assertThat(ids).containsExactly(mine);
		assertThat(ids).doesNotContain(theirs);
	}

	@Test
	void financeOperatorCannotEnrol() {
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);
		String petId = InsuranceFixtures.aPet(owner);

		ApiClient.Response response = operator.post("/api/v1/insurance/policies",
				Map.of("petId", petId, "productId", InsuranceFixtures.productId(owner, InsuranceFixtures.BASIC)));

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
	}

	@Test
	void unknownFieldIsRejected() {
		ApiClient.Response response = owner.post("/api/v1/insurance/policies",
				Map.of("petId", UUID.randomUUID(), "productId", UUID.randomUUID(), "status", "ACTIVE"));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

}
