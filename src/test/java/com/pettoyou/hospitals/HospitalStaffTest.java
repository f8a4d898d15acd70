package com.pettoyou.hospitals;

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

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/** A hospital administrator manages the staff of their own hospital and of no other. */
@IntegrationTest
class HospitalStaffTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	ApiClient admin;

	String hospital;

	String otherHospital;

	ApiClient hospitalAdmin;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		admin = Administrators.aSignedInAdministrator(context, api);
		hospital = createHospital("Own");
		otherHospital = createHospital("Other");
		hospitalAdmin = signIn(createAccount("HOSPITAL_ADMIN", hospital).email());
	}

	@Test
	void adminCreatesStaffForOwnHospital() {
		String email = uniqueEmail();

		ApiClient.Response created = hospitalAdmin.post("/api/v1/hospitals/" + hospital + "/staff",
				Map.of("email", email, "name", "New Nurse"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		List<Database.AuditRow> audits = Database.auditByActionAndResource("ACCOUNT_CREATED", id);
		assertThat(audits).hasSize(1);
		assertThat(audits.get(0).actorRole()).isEqualTo("HOSPITAL_ADMIN");
		ApiClient nurse = signIn(email);
		ApiClient.Response me = nurse.get("/api/v1/me");
		assertThat(me.json().get("id").asString()).isEqualTo(id);
		assertThat(me.json().get("role").asString()).isEqualTo("HOSPITAL_STAFF");
		ApiClient.Response list = hospitalAdmin.get("/api/v1/hospitals/" + hospital + "/staff");
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(ids(list)).contains(id);
	}

	@Test
	void otherHospitalForbidden() {
		ApiClient.Response create = hospitalAdmin.post("/api/v1/hospitals/" + otherHospital + "/staff",
				Map.of("email", uniqueEmail(), "name", "Intruder"));
		ApiClient.Response list = hospitalAdmin.get("/api/v1/hospitals/" + otherHospital + "/staff");

		for (ApiClient.Response response : List.of(create, list)) {
			assertThat(response.status()).as(response.toString()).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
			List<Database.AuditRow> denials = Database.auditByCorrelationId(response.header("X-Request-Id"));
			assertThat(denials).extracting(Database.AuditRow::action).containsExactly("ACCESS_DENIED");
		}
	}

	@Test
	void listShowsOnlyOwnHospital() {
		String otherStaff = createAccount("HOSPITAL_STAFF", otherHospital).id();
		ApiClient.Response created = hospitalAdmin.post("/api/v1/hospitals/" + hospital + "/staff",
				Map.of("email", uniqueEmail(), "name", "Own Nurse"));

		ApiClient.Response list = hospitalAdmin.get("/api/v1/hospitals/" + hospital + "/staff");

		assertThat(ids(list)).contains(created.json().get("id").asString());
		assertThat(ids(list)).doesNotContain(otherStaff);
		assertThat(list.json().get("items").size()).as("the admin and one nurse").isEqualTo(2);
	}

	@Test
	void otherRolesCannotManageStaff() {
		ApiClient staff = signIn(createAccount("HOSPITAL_STAFF", hospital).email());

		for (ApiClient caller : List.of(staff, admin)) {
			ApiClient.Response response = caller.post("/api/v1/hospitals/" + hospital + "/staff",
					Map.of("email", uniqueEmail(), "name", "Someone"));
			assertThat(response.status()).as(response.toString()).isEqualTo(403);
		}
	}

	@Test
	void unknownHospitalNotFound() {
		ApiClient.Response response = hospitalAdmin.post("/api/v1/hospitals/" + UUID.randomUUID() + "/staff",
				Map.of("email", uniqueEmail(), "name", "Someone"));

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
	}

	private String createHospital(String name) {
		long digits = ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L);
		ApiClient.Response created = admin.post("/api/v1/admin/hospitals", Map.of("name", name + " Animal Clinic",
				"businessRegistrationNumber", "7" + Long.toString(digits).substring(1), "address", "서울특별시 종로구 세종대로 1"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** Creates an account of a hospital role through the platform administrator. */
	private CreatedAccount createAccount(String role, String hospitalId) {
		String email = uniqueEmail();
		ApiClient.Response created = admin.post("/api/v1/admin/accounts",
				Map.of("email", email, "name", "Hospital Person", "role", role, "hospitalId", hospitalId));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new CreatedAccount(created.json().get("id").asString(), email);
	}

	/** Sets the password from the account mail and logs in. */
	private ApiClient signIn(String email) {
		String token = Outbox.latestToken(email, "account");
		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", token, "newPassword", Accounts.PASSWORD));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		return api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
	}

	private static String uniqueEmail() {
		return "staff-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
	}

	private static List<String> ids(ApiClient.Response response) {
		List<String> ids = new ArrayList<>();
		response.json().get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private record CreatedAccount(String id, String email) {
	}

}
