package com.pettoyou.monitoring.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security meters in the running application, read from the meter registry before and
 * after each action, and the Prometheus endpoint that exposes them to auditors.
 */
@IntegrationTest
class SecurityMetricsTest {

	private static final String WRONG = "wrong horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry meters;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MetricsProperties properties;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void prometheusNeedsAuditor() {
		ApiClient owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));
		ApiClient auditor = Auditors.aSignedInAuditor(context, api);

		ApiClient.Response anonymous = api.get("/actuator/prometheus");
		ApiClient.Response forbidden = owner.get("/actuator/prometheus");
		ApiClient.Response scraped = auditor.get("/actuator/prometheus");

		assertThat(anonymous.status()).as("anonymous").isEqualTo(401);
		assertThat(forbidden.status()).as("owner").isEqualTo(403);
		assertThat(scraped.status()).as("auditor").isEqualTo(200);
		assertThat(scraped.body()).contains("pettoyou_security_login_failures_total",
				"pettoyou_security_lockouts_total", "pettoyou_security_authorization_denials_total",
				"pettoyou_security_alerts_total{level=\"INFO\"}", "pettoyou_security_alerts_total{level=\"WARNING\"}",
				"pettoyou_security_alerts_total{level=\"CRITICAL\"}", "pettoyou_audit_chain_valid",
				"pettoyou_audit_chain_verification_age_seconds", "pettoyou_sessions_live");
		assertThat(scraped.body()).as("Redis peer tags").doesNotContain("net_sock_peer");
	}

	@Test
	void scrapeCarriesNoAccountData() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
		String accountId = Accounts.accountId(owner).toString();
		owner.get("/actuator/prometheus");
		ApiClient auditor = Auditors.aSignedInAuditor(context, api);

		String body = auditor.get("/actuator/prometheus").body();

		assertThat(body).doesNotContain(accountId);
		assertThat(body).doesNotContain(email);
	}

	@Test
	void publishedLoginFailureCounts() {
		double before = count(MetricNames.LOGIN_FAILURES);

		events.publishEvent(new SecurityEvent(SecurityEventMetrics.LOGIN_FAILED, SecurityEvent.Severity.INFO, null,
				"192.0.2.10", clock.instant(), Map.of("reason", "bad_credentials")));

		assertThat(count(MetricNames.LOGIN_FAILURES) - before).isEqualTo(1);
	}

	@Test
	void wrongPasswordsCountOnce() {
		String email = Accounts.aVerifiedOwner(api);
		double before = count(MetricNames.LOGIN_FAILURES);

		for (int i = 1; i <= 3; i++) {
			assertThat(Accounts.attemptLogin(api, email, WRONG).status()).as("attempt %d", i).isEqualTo(401);
		}

		assertThat(count(MetricNames.LOGIN_FAILURES) - before).isEqualTo(3);
	}

	@Test
	void lockoutCounts() {
		String email = Accounts.aVerifiedOwner(api);
		double before = count(MetricNames.LOCKOUTS);

		for (int i = 1; i <= 5; i++) {
			assertThat(Accounts.attemptLogin(api, email, WRONG).status()).as("attempt %d", i).isEqualTo(401);
		}
		double afterFifth = count(MetricNames.LOCKOUTS);
		Accounts.attemptLogin(api, email, WRONG);

		assertThat(afterFifth - before).as("after the fifth failure").isEqualTo(1);
		assertThat(count(MetricNames.LOCKOUTS) - before).as("after a login while locked").isEqualTo(1);
	}

	@Test
	void forbiddenRequestCountsDenial() {
		ApiClient owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));
		double before = count(MetricNames.AUTHORIZATION_DENIALS);

		ApiClient.Response forbidden = owner.get("/api/v1/audit/events");

		assertThat(forbidden.status()).as(forbidden.toString()).isEqualTo(403);
		assertThat(count(MetricNames.AUTHORIZATION_DENIALS) - before).isEqualTo(1);
	}

	@Test
	void unauthenticatedRequestIsNoDenial() {
		double before = count(MetricNames.AUTHORIZATION_DENIALS);

		ApiClient.Response anonymous = api.get("/api/v1/audit/events");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(count(MetricNames.AUTHORIZATION_DENIALS) - before).isZero();
	}

	@Test
	void eventTypesAreCounted() {
		double before = eventCount("ACCESS_DENIED");
		ApiClient owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));

		owner.get("/api/v1/audit/events");

		assertThat(eventCount("ACCESS_DENIED") - before).isEqualTo(1);
	}

	@Test
	void lockedLoginCountsAsFailure() {
		String email = Accounts.aVerifiedOwner(api);
		for (int i = 1; i <= 5; i++) {
			Accounts.attemptLogin(api, email, WRONG);
		}
		double before = count(MetricNames.LOGIN_FAILURES);

		ApiClient.Response locked = Accounts.attemptLogin(api, email, Accounts.PASSWORD);

		assertThat(locked.status()).isEqualTo(401);
		assertThat(count(MetricNames.LOGIN_FAILURES) - before).isEqualTo(1);
	}

	@Test
	void registrationAlertIsCounted() throws InterruptedException {
		double before = alerts("INFO");

		Accounts.aVerifiedOwner(api);

		Instant deadline = Instant.now().plusSeconds(10);
		while (alerts("INFO") == before && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(alerts("INFO") - before).as("INFO alerts after a registration").isGreaterThanOrEqualTo(1);
	}

	@Test
	void liveSessionsFollowLoginAndLogout() {
		Duration pastMaxAge = properties.sessionCountMaxAge().plusSeconds(1);
		String email = Accounts.aVerifiedOwner(api);
		clock.advance(pastMaxAge);
		double before = liveSessions();

		String token = Accounts.login(api, email, Accounts.PASSWORD);
		double cached = liveSessions();
		clock.advance(pastMaxAge);
		double afterLogin = liveSessions();
		assertThat(api.withToken(token).post("/api/v1/auth/logout", null).status()).isEqualTo(204);
		clock.advance(pastMaxAge);
		double afterLogout = liveSessions();

		assertThat(cached).as("within the maximum age").isEqualTo(before);
		assertThat(afterLogin - before).as("after login").isEqualTo(1);
		assertThat(afterLogout - before).as("after logout").isZero();
	}

	@Test
	void auditGaugesFollowVerification() {
		ApiClient auditor = Auditors.aSignedInAuditor(context, api);

		ApiClient.Response verification = auditor.get("/api/v1/audit/verification");
		double valid = gauge(MetricNames.AUDIT_CHAIN_VALID);
		clock.advance(Duration.ofMinutes(2));
		double age = gauge(MetricNames.AUDIT_CHAIN_VERIFICATION_AGE);

		assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
		assertThat(valid).isEqualTo(1);
		assertThat(age).isBetween(120.0, 180.0);
	}

	private double count(String name) {
		return meters.get(name).counter().count();
	}

	private double alerts(String level) {
		return meters.get(MetricNames.ALERTS).tag(MetricNames.LEVEL_TAG, level).counter().count();
	}

	private double eventCount(String type) {
		var counter = meters.find(MetricNames.EVENTS).tag(MetricNames.TYPE_TAG, type).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double gauge(String name) {
		return meters.get(name).gauge().value();
	}

	private double liveSessions() {
		return gauge(MetricNames.LIVE_SESSIONS);
	}

}
