package com.pettoyou.records;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small world for medical-record tests, built through the public API: two hospitals
 * with a member of staff each, and an owner whose pet is granted to the first hospital
 * only.
 */
public final class Clinic {

	public final ApiClient api;

	public final ApiClient admin;

	public final String hospital;

	public final String otherHospital;

	public final ApiClient staff;

	public final ApiClient otherStaff;

	public final ApiClient owner;

	public final String petId;

	public final String grantId;

	private Clinic(ApplicationContext context, int port) {
		this.api = new ApiClient(port);
		this.admin = Administrators.aSignedInAdministrator(context, this.api);
		this.hospital = createHospital("Granted");
		this.otherHospital = createHospital("Other");
		this.staff = account("HOSPITAL_STAFF", this.hospital);
		this.otherStaff = account("HOSPITAL_STAFF", this.otherHospital);
		this.owner = this.api.withToken(Accounts.login(this.api, Accounts.aVerifiedOwner(this.api), Accounts.PASSWORD));
		this.petId = this.owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG"))
			.json()
			.get("id")
			.asString();
		ApiClient.Response grant = this.owner.post("/api/v1/pets/" + this.petId + "/hospital-access",
				Map.of("hospitalId", this.hospital, "purpose", "Treatment of otitis"));
		assertThat(grant.status()).as(grant.toString()).isEqualTo(201);
		this.grantId = grant.json().get("id").asString();
	}

	public static Clinic create(ApplicationContext context, int port) {
		return new Clinic(context, port);
	}

	/** Returns a client that sends the given {@code Access-Purpose} header. */
	public static ApiClient purpose(ApiClient client, String purpose) {
		return client.withHeader("Access-Purpose", purpose);
	}

	/** Returns another owner with a pet of their own. */
	public ApiClient anotherOwner() {
		return this.api.withToken(Accounts.login(this.api, Accounts.aVerifiedOwner(this.api), Accounts.PASSWORD));
	}

	/** Creates an account of any non-owner role and signs it in. */
	public ApiClient account(String role, String hospitalId) {
		String email = "person-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		Map<String, Object> body = (hospitalId != null)
				? Map.of("email", email, "name", "Clinic Person", "role", role, "hospitalId", hospitalId)
				: Map.of("email", email, "name", "Clinic Person", "role", role);
		ApiClient.Response created = this.admin.post("/api/v1/admin/accounts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String token = Outbox.latestToken(email, "account");
		ApiClient.Response reset = this.api.post("/api/v1/auth/password/reset",
				Map.of("token", token, "newPassword", Accounts.PASSWORD));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		return this.api.withToken(Accounts.login(this.api, email, Accounts.PASSWORD));
	}

	private String createHospital(String name) {
		long digits = ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L);
		ApiClient.Response created = this.admin.post("/api/v1/admin/hospitals", Map.of("name", name + " Animal Clinic",
				"businessRegistrationNumber", "7" + Long.toString(digits).substring(1), "address", "서울특별시 종로구 세종대로 1"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
