package com.pettoyou.pets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners grant and revoke hospitals' access to one pet; revocation and expiry take effect
 * at once, and only the owner can change a pet's grants.
 */
@IntegrationTest
class HospitalAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	HospitalAccess access;

	@Autowired
	Clock clock;

	ApiClient api;

	ApiClient owner;

	UUID petId;

	UUID hospitalId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));
		petId = UUID.fromString(
				owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG")).json().get("id").asString());
		hospitalId = aHospital();
	}

	@Test
	void grantListAndRevoke() {
		ApiClient.Response granted = grant(Map.of("hospitalId", hospitalId, "purpose", "Annual check-up"));
		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		String grantId = granted.json().get("id").asString();
		assertThat(access.isGranted(petId, hospitalId)).isTrue();
		assertThat(owner.get(path()).json().get("items")).hasSize(1);
		assertThat(Database.auditByActionAndResource("CONSENT_GRANTED", grantId)).hasSize(1);

		assertThat(owner.delete(path() + "/" + grantId).status()).isEqualTo(204);

		assertThat(access.isGranted(petId, hospitalId)).as("after revocation").isFalse();
		assertThat(owner.get(path()).json().get("items").get(0).get("revokedAt").isNull()).isFalse();
		assertThat(Database.auditByActionAndResource("CONSENT_REVOKED", grantId)).hasSize(1);
	}

	@Test
	void expiryEndsAccess() {
		Instant expiresAt = clock.instant().plus(Duration.ofHours(1));
		grant(Map.of("hospitalId", hospitalId, "purpose", "Surgery follow-up", "expiresAt", expiresAt.toString()));
		assertThat(access.isGranted(petId, hospitalId)).isTrue();

		((AdjustableClock) clock).advance(Duration.ofHours(1).plusSeconds(1));

		assertThat(access.isGranted(petId, hospitalId)).as("after expiry").isFalse();
	}

	@Test
	void otherHospitalHasNoAccess() {
		grant(Map.of("hospitalId", hospitalId, "purpose", "Vaccination"));

		assertThat(access.isGranted(petId, aHospital())).isFalse();
	}

	@Test
	void otherOwnerIsForbidden() {
		ApiClient.Response granted = grant(Map.of("hospitalId", hospitalId, "purpose", "Vaccination"));
		ApiClient other = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));

		ApiClient.Response grantAttempt = other.post(path(), Map.of("hospitalId", hospitalId, "purpose", "Mine now"));
		ApiClient.Response listAttempt = other.get(path());
		ApiClient.Response revokeAttempt = other.delete(path() + "/" + granted.json().get("id").asString());

		assertThat(grantAttempt.status()).isEqualTo(403);
		assertThat(listAttempt.status()).isEqualTo(403);
		assertThat(revokeAttempt.status()).isEqualTo(403);
		assertThat(access.isGranted(petId, hospitalId)).as("the owner's grant stays").isTrue();
	}

	@Test
	void invalidGrantsRejected() {
		String past = clock.instant().minusSeconds(60).toString();

		List<ApiClient.Response> responses = List.of(
				grant(Map.of("hospitalId", UUID.randomUUID(), "purpose", "Unknown hospital")),
				grant(Map.of("hospitalId", hospitalId, "purpose", "Already over", "expiresAt", past)),
				grant(Map.of("hospitalId", hospitalId, "purpose", " ")),
				grant(Map.of("hospitalId", hospitalId, "purpose", "x".repeat(201))));

		assertThat(responses).extracting(ApiClient.Response::status).containsOnly(400);
		assertThat(responses.get(0).json().get("errors").get(0).get("code").asString()).isEqualTo("unknown_hospital");
		assertThat(responses.get(1).json().get("errors").get(0).get("code").asString()).isEqualTo("not_in_future");
		assertThat(access.isGranted(petId, hospitalId)).isFalse();
	}

	@Test
	void unknownGrantIsNotFound() {
		assertThat(owner.delete(path() + "/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	private ApiClient.Response grant(Map<String, Object> body) {
		return owner.post(path(), body);
	}

	private String path() {
		return "/api/v1/pets/" + petId + "/hospital-access";
	}

	private UUID aHospital() {
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);
		long digits = ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L);
		ApiClient.Response created = admin.post("/api/v1/admin/hospitals", Map.of("name", "Grant Test Hospital",
				"businessRegistrationNumber", "8" + Long.toString(digits).substring(1), "address", "서울특별시 마포구 독막로 1"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

}
