package com.pettoyou.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Account management by platform administrators, and only by them. */
@IntegrationTest
class AdministrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	ApiClient admin;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		admin = Administrators.aSignedInAdministrator(context, api);
	}

	@Test
	void ownerCannotCreateAccounts() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		ApiClient.Response response = owner.post("/api/v1/admin/accounts", newAccount("CLAIMS_ADJUSTER", null));

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
		List<Database.AuditRow> denials = Database.auditByCorrelationId(response.header("X-Request-Id"));
		assertThat(denials).extracting(Database.AuditRow::action).containsExactly("ACCESS_DENIED");
		assertThat(denials.get(0).outcome()).isEqualTo("DENIED");
		assertThat(denials.get(0).actorRole()).isEqualTo("PET_OWNER");
	}

	@Test
	void createdAccountSetsPasswordByReset() {
		Map<String, Object> request = newAccount("CLAIMS_ADJUSTER", null);
		String email = (String) request.get("email");

		ApiClient.Response created = admin.post("/api/v1/admin/accounts", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String token = Outbox.latestToken(email, "account");
		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", token, "newPassword", "adjuster passphrase one"));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

		ApiClient adjuster = api.withToken(Accounts.login(api, email, "adjuster passphrase one"));
		ApiClient.Response me = adjuster.get("/api/v1/me");
		assertThat(me.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
		assertThat(me.json().get("role").asString()).isEqualTo("CLAIMS_ADJUSTER");
	}

	@Test
	void hospitalRoleNeedsHospital() {
		ApiClient.Response response = admin.post("/api/v1/admin/accounts", newAccount("HOSPITAL_STAFF", null));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(response, "hospitalId")).containsExactly("required");
	}

	@Test
	void unknownHospitalRejected() {
		Map<String, Object> request = newAccount("HOSPITAL_STAFF", UUID.randomUUID());

		ApiClient.Response response = admin.post("/api/v1/admin/accounts", request);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(response, "hospitalId")).containsExactly("unknown_hospital");
		assertThat(Outbox.to((String) request.get("email"))).as("invitation mails").isEmpty();
	}

	@Test
	void existingHospitalAccepted() {
		UUID hospitalId = aHospital();
		Map<String, Object> request = newAccount("HOSPITAL_ADMIN", hospitalId);

		ApiClient.Response created = admin.post("/api/v1/admin/accounts", request);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID stored = Database.jdbc()
			.sql("SELECT hospital_id FROM account WHERE id = :id")
			.param("id", UUID.fromString(created.json().get("id").asString()))
			.query(UUID.class)
			.single();
		assertThat(stored).isEqualTo(hospitalId);
	}

	@Test
	void otherRoleWithHospitalRejected() {
		ApiClient.Response response = admin.post("/api/v1/admin/accounts", newAccount("CLAIMS_ADJUSTER", aHospital()));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(ProblemBodies.fieldErrorCodes(response, "hospitalId")).containsExactly("not_allowed");
	}

	@Test
	void duplicateEmailConflicts() {
		String existing = Accounts.aVerifiedOwner(api);
		Map<String, Object> request = newAccount("CLAIMS_ADJUSTER", null);
		request.put("email", existing.toUpperCase());

		ApiClient.Response response = admin.post("/api/v1/admin/accounts", request);

		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		assertThat(ProblemBodies.code(response)).isEqualTo("conflict");
	}

	@Test
	void roleChangeAuditedAndEndsSessions() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		UUID id = Accounts.accountId(owner);

		ApiClient.Response changed = admin.patch("/api/v1/admin/accounts/" + id, Map.of("role", "FINANCE_OPERATOR"));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("role").asString()).isEqualTo("FINANCE_OPERATOR");
		assertThat(Database.auditByActionAndResource("ROLE_CHANGED", id.toString())).hasSize(1);
		assertThat(owner.get("/api/v1/me").status()).as("session from before the change").isEqualTo(401);
		ApiClient again = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		assertThat(again.get("/api/v1/me").json().get("role").asString()).isEqualTo("FINANCE_OPERATOR");
	}

	@Test
	void revokeSessionsEndsSessions() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		UUID id = Accounts.accountId(owner);

		ApiClient.Response revoked = admin.post("/api/v1/admin/accounts/" + id + "/revoke-sessions", null);

		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
		assertThat(owner.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(Database.auditByActionAndResource("SESSIONS_REVOKED", id.toString())).hasSize(1);
	}

	@Test
	void adminCannotChangeOwnRole() {
		UUID self = Accounts.accountId(admin);

		ApiClient.Response response = admin.patch("/api/v1/admin/accounts/" + self, Map.of("role", "PET_OWNER"));

		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		assertThat(admin.get("/api/v1/me").json().get("role").asString()).isEqualTo("PLATFORM_ADMIN");
	}

	private UUID aHospital() {
		String registrationNumber = "7"
				+ ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L);
		ApiClient.Response created = admin.post("/api/v1/admin/hospitals", Map.of("name", "Haneul Animal Clinic",
				"businessRegistrationNumber", registrationNumber, "address", "서울특별시 종로구 세종대로 1"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private static Map<String, Object> newAccount(String role, UUID hospitalId) {
		Map<String, Object> request = new HashMap<>();
		request.put("email", "staff-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test");
		request.put("name", "New Staff");
		request.put("role", role);
		if (hospitalId != null) {
			request.put("hospitalId", hospitalId);
		}
		return request;
	}

}
