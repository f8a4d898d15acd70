package com.pettoyou.identity;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions end after 30 idle minutes and 12 hours after login, however busy. */
@IntegrationTest
class SessionLifetimeTest {

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void requestRestartsIdleTimeout() {
		ApiClient owner = aSignedInOwner();

		clock.advance(Duration.ofMinutes(29));
		int at29Minutes = owner.get("/api/v1/me").status();
		clock.advance(Duration.ofMinutes(29));
		int at58Minutes = owner.get("/api/v1/me").status();

		assertThat(at29Minutes).as("29 minutes after login").isEqualTo(200);
		assertThat(at58Minutes).as("29 minutes after the last request").isEqualTo(200);
	}

	@Test
	void idleSessionEnds() {
		ApiClient owner = aSignedInOwner();

		clock.advance(Duration.ofMinutes(30).plusSeconds(1));

		assertThat(owner.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void busySessionEndsAfterTwelveHours() {
		ApiClient owner = aSignedInOwner();
		for (int minutes = 10; minutes < 12 * 60; minutes += 10) {
			clock.advance(Duration.ofMinutes(10));
			assertThat(owner.get("/api/v1/me").status()).as("%d minutes after login", minutes).isEqualTo(200);
		}

		clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		assertThat(owner.get("/api/v1/me").status()).as("12 hours and 1 second after login").isEqualTo(401);
	}

	private ApiClient aSignedInOwner() {
		String email = Accounts.aVerifiedOwner(api);
		return api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
	}

}
