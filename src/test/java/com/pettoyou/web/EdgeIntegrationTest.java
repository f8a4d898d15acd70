package com.pettoyou.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.pettoyou.support.IntegrationTest;

/**
 * An {@link IntegrationTest} whose server trusts the loopback peer as a proxy, allows one
 * CORS origin, sets its own rate limits, and has the {@link TestEndpoints}. Each test
 * picks a fresh client address with {@link EdgeClients#fromNewAddress}, so tests never
 * share a rate-limit bucket. Every class with this annotation shares one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = { EdgeIntegrationTest.TRUSTED_PROXIES, EdgeIntegrationTest.CORS_ORIGINS,
		EdgeIntegrationTest.GLOBAL_CAPACITY, EdgeIntegrationTest.LOGIN_CAPACITY,
		EdgeIntegrationTest.REGISTRATION_CAPACITY, EdgeIntegrationTest.RESET_CAPACITY,
		EdgeIntegrationTest.GLOBAL_PERIOD, EdgeIntegrationTest.LOGIN_PERIOD, EdgeIntegrationTest.REGISTRATION_PERIOD,
		EdgeIntegrationTest.RESET_PERIOD, TestEndpoints.ENABLED + "=true" })
@Import(TestEndpoints.class)
public @interface EdgeIntegrationTest {

	String ALLOWED_ORIGIN = "https://app.pettoyou.example";

	String TRUSTED_PROXIES = "pettoyou.web.trusted-proxies=127.0.0.1/32";

	String CORS_ORIGINS = "pettoyou.web.cors.allowed-origins=" + ALLOWED_ORIGIN;

	int GLOBAL_LIMIT = 30;

	String GLOBAL_CAPACITY = "pettoyou.ratelimit.policies.global.capacity=30";

	String LOGIN_CAPACITY = "pettoyou.ratelimit.policies.login.capacity=20";

	String REGISTRATION_CAPACITY = "pettoyou.ratelimit.policies.registration.capacity=10";

	String RESET_CAPACITY = "pettoyou.ratelimit.policies.password-reset.capacity=5";

	String GLOBAL_PERIOD = "pettoyou.ratelimit.policies.global.period=15m";

	String LOGIN_PERIOD = "pettoyou.ratelimit.policies.login.period=15m";

	String REGISTRATION_PERIOD = "pettoyou.ratelimit.policies.registration.period=1h";

	String RESET_PERIOD = "pettoyou.ratelimit.policies.password-reset.period=1h";

	/** The properties above, for a second application that must match this one. */
	List<String> PROPERTIES = List.of(TRUSTED_PROXIES, CORS_ORIGINS, GLOBAL_CAPACITY, LOGIN_CAPACITY,
			REGISTRATION_CAPACITY, RESET_CAPACITY, GLOBAL_PERIOD, LOGIN_PERIOD, REGISTRATION_PERIOD, RESET_PERIOD);

}
