package com.pettoyou.scaling;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.pettoyou.PetToYouApplication;
import com.pettoyou.common.AdjustableClock;
import com.pettoyou.local.TestServices;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL and one Redis behave as one: sessions and
 * lockout counters live in Redis, so either instance honours what the other did.
 */
@IntegrationTest
class TwoInstancesTest {

	static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	/**
	 * Aligns the second instance's clock with this one, which earlier tests may have
	 * moved.
	 */
	@BeforeEach
	void alignClocks() {
		AdjustableClock mine = (AdjustableClock) clock;
		AdjustableClock theirs = second.getBean(AdjustableClock.class);
		theirs.advance(mine.offset().minus(theirs.offset()));
	}

	@BeforeAll
	static void startSecondInstance() {
		second = new SpringApplicationBuilder(PetToYouApplication.class).profiles("local", "test")
			.initializers(new TestServices())
			.properties("server.port=0")
			.run();
	}

	@AfterAll
	static void stopSecondInstance() {
		second.close();
	}

	@Test
	void logoutOnOneInstanceEndsSessionOnOther() {
		ApiClient first = new ApiClient(port);
		ApiClient other = new ApiClient(secondPort());
		String email = Accounts.aVerifiedOwner(first);
		String token = Accounts.login(first, email, Accounts.PASSWORD);
		assertThat(other.withToken(token).get("/api/v1/me").status()).isEqualTo(200);

		assertThat(other.withToken(token).post("/api/v1/auth/logout", null).status()).isEqualTo(204);

		assertThat(first.withToken(token).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void lockoutCountsFailuresFromBothInstances() {
		ApiClient first = new ApiClient(port);
		ApiClient other = new ApiClient(secondPort());
		String email = Accounts.aVerifiedOwner(first);
		Map<String, String> wrong = Map.of("email", email, "password", "not the right password");
		for (int attempt = 0; attempt < 5; attempt++) {
			ApiClient instance = (attempt % 2 == 0) ? first : other;
			assertThat(instance.post("/api/v1/auth/login", wrong).status()).isEqualTo(401);
		}

		ApiClient.Response locked = other.post("/api/v1/auth/login",
				Map.of("email", email, "password", Accounts.PASSWORD));

		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.json().get("code").asString()).isEqualTo("account_locked");
	}

	private static int secondPort() {
		return ((WebServerApplicationContext) second).getWebServer().getPort();
	}

}
