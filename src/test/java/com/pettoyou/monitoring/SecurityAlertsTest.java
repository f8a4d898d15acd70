package com.pettoyou.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.monitoring.alerts.SecurityEventPipeline;
import com.pettoyou.records.Clinic;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts raised by real requests, and {@code GET /security/alerts} for security auditors.
 */
@IntegrationTest
class SecurityAlertsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityEventPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	ApiClient api;

	ApiClient auditor;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		auditor = InsuranceFixtures.aSignedInAccount(context, api, "SECURITY_AUDITOR");
	}

	@Test
	void attemptAndPaymentReachAuditor() throws InterruptedException {
		Clinic clinic = Clinic.create(context, port);
		ApiClient.Response denied = Clinic.purpose(clinic.otherStaff, "TREATMENT")
			.get("/api/v1/pets/" + clinic.petId + "/health-notes");
		assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
		ApiClient owner = InsuranceFixtures.anOwner(api);
		String policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		ApiClient.Response paid = owner.withHeader("Idempotency-Key", UUID.randomUUID().toString())
			.post("/api/v1/payments", Map.of("policyId", policyId, "amount", 5_000_000));
		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		String paymentId = paid.json().get("id").asString();
		awaitStored();

		ApiClient.Response listed = auditor.get("/api/v1/security/alerts?size=100");

		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		List<JsonNode> items = items(listed);
		String staffId = Accounts.accountId(clinic.otherStaff).toString();
		assertThat(items)
			.filteredOn((item) -> item.get("message").asString().contains(staffId)
					&& !item.get("level").asString().equals("INFO"))
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.get("level").asString()).isEqualTo("WARNING");
				assertThat(item.get("category").asString()).isEqualTo("DATA_ACCESS");
				assertThat(item.get("message").asString()).contains(clinic.petId);
			});
		assertThat(items).filteredOn((item) -> item.get("message").asString().contains(paymentId))
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.get("level").asString()).isEqualTo("CRITICAL");
				assertThat(item.get("category").asString()).isEqualTo("FINANCIAL");
				assertThat(item.get("message").asString()).startsWith("Payment of 5,000,000 won");
			});
		assertThat(items).allSatisfy((item) -> assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "level",
				"category", "rule", "message", "occurredAt", "lastSeenAt", "occurrences"));
		assertThat(listed.body()).doesNotContain("@");
	}

	@Test
	void levelFilterReturnsOnlyThatLevel() throws InterruptedException {
		Instant at = Instant.parse("2029-06-01T00:00:00Z")
			.plusSeconds(ThreadLocalRandom.current().nextLong(1, 10_000_000));
		String paymentId = UUID.randomUUID().toString();
		UUID registered = UUID.randomUUID();
		publisher.publishEvent(new SecurityEvent("HIGH_VALUE_PAYMENT", Severity.CRITICAL, registered, null, at,
				Map.of("paymentId", paymentId, "amount", "7000000", "status", "SUCCEEDED")));
		publisher.publishEvent(new SecurityEvent("ACCOUNT_REGISTERED", Severity.INFO, registered, null, at, Map.of()));
		awaitStored();
		String window = "&from=" + at + "&to=" + at.plusSeconds(1);

		ApiClient.Response critical = auditor.get("/api/v1/security/alerts?level=CRITICAL" + window);
		ApiClient.Response info = auditor.get("/api/v1/security/alerts?level=INFO" + window);
		ApiClient.Response all = auditor.get("/api/v1/security/alerts?size=100" + window);

		assertThat(items(critical)).singleElement()
			.satisfies((item) -> assertThat(item.get("message").asString()).contains(paymentId));
		assertThat(items(info)).singleElement()
			.satisfies((item) -> assertThat(item.get("message").asString())
				.isEqualTo("Account " + registered + " registered"));
		assertThat(items(all)).hasSize(2);
	}

	@Test
	void readingAlertsIsAudited() {
		ApiClient.Response listed = auditor.get("/api/v1/security/alerts?level=WARNING");

		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		assertThat(Database.auditByCorrelationId(listed.header("X-Request-Id"))).singleElement().satisfies((row) -> {
			assertThat(row.action()).isEqualTo("SECURITY_ALERTS_READ");
			assertThat(row.actorRole()).isEqualTo("SECURITY_AUDITOR");
		});
	}

	@Test
	void onlySecurityAuditorsReadAlerts() {
		ApiClient owner = InsuranceFixtures.anOwner(api);
		ApiClient finance = InsuranceFixtures.aFinanceOperator(context, api);

		assertThat(owner.get("/api/v1/security/alerts").status()).isEqualTo(403);
		assertThat(finance.get("/api/v1/security/alerts").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/security/alerts").status()).isEqualTo(401);
	}

	@Test
	void badFiltersAreRefused() {
		for (String query : List.of("level=LOUD", "level=critical", "size=0", "size=101", "page=-1",
				"from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", "from=yesterday", "sort=level",
				"from=-4714-01-01T00:00:00Z", "to=-999999999-01-01T00:00:00Z", "from=+999999999-12-31T23:59:59Z")) {
			ApiClient.Response response = auditor.get("/api/v1/security/alerts?" + query);

			assertThat(response.status()).as(query + " " + response).isEqualTo(400);
		}
	}

	@Test
	void normalTrafficRaisesNoWarningOrCriticalAlert() throws InterruptedException {
		Clinic clinic = Clinic.create(context, port);
		ApiClient staff = Clinic.purpose(clinic.staff, "TREATMENT");
		for (int i = 0; i < 3; i++) {
			ApiClient.Response written = staff.post("/api/v1/pets/" + clinic.petId + "/health-notes",
					Map.of("hospitalId", clinic.hospital, "visitDate", "2026-11-0" + (i + 1), "diagnosis",
							"Otitis externa", "treatment", "Ear cleaning", "actualCost", 30_000));
			assertThat(written.status()).as(written.toString()).isEqualTo(201);
		}
		for (int i = 0; i < 5; i++) {
			assertThat(clinic.owner.get("/api/v1/pets/" + clinic.petId + "/health-notes").status()).isEqualTo(200);
			assertThat(staff.get("/api/v1/pets/" + clinic.petId + "/health-notes").status()).isEqualTo(200);
			assertThat(clinic.owner.get("/api/v1/pets/" + clinic.petId + "/vaccinations").status()).isEqualTo(200);
		}
		ApiClient owner = InsuranceFixtures.anOwner(api);
		String policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		ApiClient.Response paid = owner.withHeader("Idempotency-Key", UUID.randomUUID().toString())
			.post("/api/v1/payments", Map.of("policyId", policyId, "amount", 19_900));
		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		awaitStored();

		List<String> subjects = new ArrayList<>();
		for (ApiClient client : List.of(clinic.owner, clinic.staff, owner)) {
			subjects.add(Accounts.accountId(client).toString());
		}
		subjects.add(paid.json().get("id").asString());
		for (String subject : subjects) {
			assertThat(jdbc.sql("SELECT rule FROM security_alert WHERE subject LIKE :subject AND level <> 'INFO'")
				.param("subject", "%" + subject + "%")
				.query(String.class)
				.list()).as(subject).isEmpty();
		}
		assertThat(jdbc
			.sql("SELECT sum(CAST(details ->> 'count' AS int)) FROM security_event "
					+ "WHERE type = 'MEDICAL_RECORDS_READ' AND account_id = :staff")
			.param("staff", Accounts.accountId(clinic.staff))
			.query(Long.class)
			.single()).isEqualTo(15);
	}

	@Test
	void loginsAndFailuresAreStoredWithoutEmailAddresses() throws InterruptedException {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient.Response wrong = Accounts.attemptLogin(api, email, "not the right password at all");
		assertThat(wrong.status()).isEqualTo(401);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		UUID ownerId = Accounts.accountId(owner);
		awaitStored();

		assertThat(jdbc.sql("SELECT type FROM security_event WHERE account_id = :id ORDER BY occurred_at")
			.param("id", ownerId)
			.query(String.class)
			.list()).contains("ACCOUNT_REGISTERED", "LOGIN_FAILED", "LOGIN_SUCCEEDED");
		assertThat(jdbc.sql("SELECT count(*) FROM security_event WHERE details::text LIKE :email")
			.param("email", "%" + email + "%")
			.query(Long.class)
			.single()).isZero();
	}

	private void awaitStored() throws InterruptedException {
		assertThat(pipeline.awaitIdle(Duration.ofSeconds(20))).as("security events stored in time").isTrue();
	}

	private static List<JsonNode> items(ApiClient.Response response) {
		List<JsonNode> items = new ArrayList<>();
		response.json().get("items").forEach(items::add);
		return items;
	}

}
