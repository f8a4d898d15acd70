package com.pettoyou.identity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IdentityFlowTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void registerVerifyLoginAndLogout() {
		String email = Accounts.aVerifiedOwner(api);
		String token = Accounts.login(api, email, Accounts.PASSWORD);
		ApiClient owner = api.withToken(token);

		ApiClient.Response me = owner.get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo(email);
		assertThat(me.json().get("role").asString()).isEqualTo("PET_OWNER");

		ApiClient.Response sessions = owner.get("/api/v1/me/sessions");
		assertThat(sessions.json().get("items")).hasSize(1);
		assertThat(sessions.json().get("items").get(0).get("current").asBoolean()).isTrue();

		assertThat(owner.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
		ApiClient.Response afterLogout = owner.get("/api/v1/me");
		assertThat(afterLogout.status()).isEqualTo(401);
		assertThat(afterLogout.header("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void controlCharacterInNameRejectedForAnyEmail() {
		String existing = Accounts.aVerifiedOwner(api);
		Map<String, String> forNew = Map.of("email", Accounts.uniqueEmail(), "password", Accounts.PASSWORD, "name",
				"Nul\u0000Name");
		Map<String, String> forExisting = Map.of("email", existing, "password", Accounts.PASSWORD, "name",
				"Nul\u0000Name");

		ApiClient.Response newAddress = api.post("/api/v1/auth/register", forNew);
		ApiClient.Response knownAddress = api.post("/api/v1/auth/register", forExisting);

		assertThat(newAddress.status()).isEqualTo(400);
		assertThat(knownAddress.status()).isEqualTo(400);
		assertThat(newAddress.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void unverifiedAccountCannotLogIn() {
		String email = Accounts.uniqueEmail();
		api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "name", "Owner"));

		ApiClient.Response login = api.post("/api/v1/auth/login",
				Map.of("email", email, "password", Accounts.PASSWORD));

		assertThat(login.status()).isEqualTo(401);
		assertThat(login.json().get("code").asString()).isEqualTo("invalid_credentials");
	}

}
