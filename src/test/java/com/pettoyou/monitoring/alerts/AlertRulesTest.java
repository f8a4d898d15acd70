package com.pettoyou.monitoring.alerts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule raises exactly one alert for its trigger, folds repeats of the same incident
 * into it, and stays quiet below its threshold. Events are published as the modules
 * publish them. Each test places its events at a time of its own, far from other tests'
 * events, so platform-wide counts start from zero.
 */
@IntegrationTest
class AlertRulesTest {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	SecurityEventPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	Instant t0;

	UUID account;

	@BeforeEach
	void setUp() {
		this.t0 = Instant.parse("2030-01-01T00:00:00Z")
			.plus(ThreadLocalRandom.current().nextLong(1, 1_000_000), ChronoUnit.HOURS);
		this.account = UUID.randomUUID();
	}

	@Test
	void brokenAuditChainRaisesOneCriticalAlert() {
		publish("AUDIT_CHAIN_BROKEN", Severity.CRITICAL, null, null, t0,
				Map.of("firstBrokenSequence", "42", "reason", "hash_mismatch"));
		publish("AUDIT_CHAIN_BROKEN", Severity.CRITICAL, null, null, t0.plusSeconds(60),
				Map.of("firstBrokenSequence", "42", "reason", "hash_mismatch"));

		List<Alert> alerts = alertsAt("AUDIT_CHAIN_BROKEN", t0);
		assertThat(alerts).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("CRITICAL");
			assertThat(alert.category()).isEqualTo("AUDIT_INTEGRITY");
			assertThat(alert.message()).isEqualTo("Audit chain verification failed at sequence 42 (hash_mismatch)");
			assertThat(alert.occurrences()).isEqualTo(2);
		});
	}

	@Test
	void newBreakPointRaisesANewAlert() {
		publish("AUDIT_CHAIN_BROKEN", Severity.CRITICAL, null, null, t0,
				Map.of("firstBrokenSequence", "42", "reason", "hash_mismatch"));
		publish("AUDIT_CHAIN_BROKEN", Severity.CRITICAL, null, null, t0.plusSeconds(60),
				Map.of("firstBrokenSequence", "97", "reason", "sequence_gap"));

		assertThat(alertsAt("AUDIT_CHAIN_BROKEN", t0)).hasSize(1);
		assertThat(alertsAt("AUDIT_CHAIN_BROKEN", t0.plusSeconds(60))).singleElement()
			.satisfies((alert) -> assertThat(alert.message())
				.isEqualTo("Audit chain verification failed at sequence 97 (sequence_gap)"));
	}

	@Test
	void massDataExportFiresAtThresholdOnce() {
		read(150, t0);
		read(49, t0.plusSeconds(60));
		assertThat(alertsFor("MASS_DATA_EXPORT", account)).isEmpty();

		read(1, t0.plusSeconds(120));
		read(30, t0.plusSeconds(180));

		assertThat(alertsFor("MASS_DATA_EXPORT", account)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("CRITICAL");
			assertThat(alert.category()).isEqualTo("DATA_ACCESS");
			assertThat(alert.message()).isEqualTo("Account " + account + " read 200 medical records within 10 minutes");
			assertThat(alert.occurrences()).isEqualTo(2);
		});
	}

	@Test
	void readsSpreadBeyondTheWindowStayQuiet() {
		for (int i = 0; i < 10; i++) {
			read(100, t0.plus(Duration.ofMinutes(11L * i)));
		}

		assertThat(alertsFor("MASS_DATA_EXPORT", account)).isEmpty();
	}

	@Test
	void ownersReadingTheirOwnRecordsNeverCount() {
		publish("MEDICAL_RECORDS_READ", Severity.INFO, account, "203.0.113.7", t0,
				Map.of("count", "500", "petId", UUID.randomUUID().toString(), "purpose", "OWNER_ACCESS"));
		read(199, t0.plusSeconds(1));

		assertThat(alertsFor("MASS_DATA_EXPORT", account)).isEmpty();
	}

	@Test
	void repeatedAuthorizationFailuresFireAtTheTenthRefusal() {
		for (int i = 0; i < 9; i++) {
			publish("ACCESS_DENIED", Severity.WARNING, account, "203.0.113.7", t0.plusSeconds(i), Map.of());
		}
		assertThat(alertsFor("REPEATED_AUTHORIZATION_FAILURES", account)).isEmpty();

		for (int i = 9; i < 15; i++) {
			publish("ACCESS_DENIED", Severity.WARNING, account, "203.0.113.7", t0.plusSeconds(i), Map.of());
		}

		assertThat(alertsFor("REPEATED_AUTHORIZATION_FAILURES", account)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("CRITICAL");
			assertThat(alert.message())
				.isEqualTo("Account " + account + " was denied access 10 times within 5 minutes");
			assertThat(alert.occurrences()).isEqualTo(6);
		});
	}

	@Test
	void signedOutRefusalsCountPerClientAddress() {
		String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		for (int i = 0; i < 10; i++) {
			publish("ACCESS_DENIED", Severity.WARNING, null, address, t0.plusSeconds(i), Map.of());
		}

		assertThat(alerts("REPEATED_AUTHORIZATION_FAILURES", "address:" + address)).singleElement()
			.satisfies((alert) -> assertThat(alert.message()).doesNotContain(address));
	}

	@Test
	void highValueTransactionsAlertEach() {
		String payment = UUID.randomUUID().toString();
		String refund = UUID.randomUUID().toString();
		String payout = UUID.randomUUID().toString();
		publish("HIGH_VALUE_PAYMENT", Severity.CRITICAL, account, null, t0,
				Map.of("category", "FINANCIAL", "paymentId", payment, "amount", "6000000", "status", "SUCCEEDED"));
		publish("HIGH_VALUE_REFUND", Severity.CRITICAL, account, null, t0, Map.of("category", "FINANCIAL", "paymentId",
				payment, "refundId", refund, "amount", "5000000", "status", "SUCCEEDED"));
		publish("HIGH_VALUE_PAYOUT", Severity.CRITICAL, account, null, t0, Map.of("category", "FINANCIAL", "payoutId",
				payout, "claimId", UUID.randomUUID().toString(), "amount", "7500000", "status", "PENDING"));

		assertThat(alerts("HIGH_VALUE_TRANSACTION", "paymentId:" + payment)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("CRITICAL");
			assertThat(alert.category()).isEqualTo("FINANCIAL");
			assertThat(alert.message())
				.isEqualTo("Payment of 6,000,000 won (payment " + payment + ", status SUCCEEDED)");
		});
		assertThat(alerts("HIGH_VALUE_TRANSACTION", "refundId:" + refund)).singleElement()
			.satisfies((alert) -> assertThat(alert.message()).startsWith("Refund of 5,000,000 won"));
		assertThat(alerts("HIGH_VALUE_TRANSACTION", "payoutId:" + payout)).singleElement()
			.satisfies((alert) -> assertThat(alert.message()).startsWith("Payout of 7,500,000 won"));
	}

	@Test
	void sessionUsedByAnotherClientIsUnusualAccess() {
		publish("SESSION_USER_AGENT_CHANGED", Severity.WARNING, account, "203.0.113.7", t0, Map.of());

		assertThat(alerts("UNUSUAL_ACCESS", "session:" + account)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("CRITICAL");
			assertThat(alert.category()).isEqualTo("ACCESS_PATTERN");
		});
	}

	@Test
	void threeNetworksAreUnusualAccess() {
		login("203.0.113.7", t0);
		login("203.0.113.99", t0.plusSeconds(60));
		login("198.51.100.4", t0.plusSeconds(120));
		assertThat(alerts("UNUSUAL_ACCESS", "networks:" + account)).isEmpty();

		login("192.0.2.10", t0.plusSeconds(180));
		login("2001:db8:1:2::5", t0.plusSeconds(240));

		assertThat(alerts("UNUSUAL_ACCESS", "networks:" + account)).singleElement()
			.satisfies((alert) -> assertThat(alert.message())
				.isEqualTo("Account " + account + " signed in from 3 networks within 1 hour"));
	}

	@Test
	void loginFromANewNetworkRaisesOneInfoAlert() {
		login("203.0.113.7", t0);
		login("203.0.113.8", t0.plus(Duration.ofDays(1)));
		assertThat(alerts("NEW_NETWORK_LOGIN", account + ":203.0.113.0/24")).isEmpty();

		login("198.51.100.4", t0.plus(Duration.ofDays(2)));
		login("198.51.100.5", t0.plus(Duration.ofDays(2)).plusSeconds(60));

		assertThat(alerts("NEW_NETWORK_LOGIN", account + ":198.51.100.0/24")).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("INFO");
			assertThat(alert.message()).doesNotContain("198.51.100");
		});
	}

	@Test
	void rateLimitWarnsOncePerClient() {
		for (int i = 0; i < 3; i++) {
			publish("RATE_LIMIT_EXCEEDED", Severity.WARNING, account, "203.0.113.7", t0.plusSeconds(i),
					Map.of("policy", "payment-creation"));
		}

		assertThat(alerts("RATE_LIMIT", "payment-creation:" + account)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("WARNING");
			assertThat(alert.message())
				.isEqualTo("Requests rejected by the payment-creation rate limit for account " + account);
			assertThat(alert.occurrences()).isEqualTo(3);
		});
	}

	@Test
	void failedLoginSpikeFiresAtFifty() {
		for (int i = 0; i < 49; i++) {
			publish("LOGIN_FAILED", Severity.INFO, null, "203.0.113.7", t0.plusSeconds(i),
					Map.of("reason", "unknown_email"));
		}
		assertThat(alertsAt("FAILED_LOGIN_SPIKE", t0.plusSeconds(48))).isEmpty();

		publish("LOGIN_FAILED", Severity.INFO, null, "203.0.113.7", t0.plusSeconds(49),
				Map.of("reason", "bad_credentials"));
		publish("LOGIN_FAILED", Severity.INFO, null, "203.0.113.7", t0.plusSeconds(50),
				Map.of("reason", "bad_credentials"));

		assertThat(alertsAt("FAILED_LOGIN_SPIKE", t0.plusSeconds(49))).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("WARNING");
			assertThat(alert.message()).isEqualTo("50 failed logins within 5 minutes");
			assertThat(alert.occurrences()).isEqualTo(2);
		});
	}

	@Test
	void crossHospitalAttemptRaisesOneWarning() {
		String pet = UUID.randomUUID().toString();
		publish("CROSS_HOSPITAL_ACCESS_ATTEMPT", Severity.WARNING, account, "203.0.113.7", t0,
				Map.of("petId", pet, "purpose", "TREATMENT"));
		publish("CROSS_HOSPITAL_ACCESS_ATTEMPT", Severity.WARNING, account, "203.0.113.7", t0.plusSeconds(5),
				Map.of("petId", pet, "purpose", "TREATMENT"));

		assertThat(alertsFor("CROSS_HOSPITAL_ACCESS", account)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("WARNING");
			assertThat(alert.message()).isEqualTo("Account " + account + " tried to reach the records of pet " + pet
					+ " without a grant to its hospital");
		});
	}

	@Test
	void costAnomalyRaisesOneWarningPerClaim() {
		String claim = UUID.randomUUID().toString();
		publish("COST_ANOMALY", Severity.WARNING, account, null, t0, Map.of("claimId", claim, "claimType", "SURGERY",
				"totalClaimAmount", "6000000", "reviewThreshold", "5000000"));

		assertThat(alerts("COST_ANOMALY", "claim:" + claim)).singleElement()
			.satisfies((alert) -> assertThat(alert.message()).isEqualTo(
					"Claim " + claim + " of 6,000,000 won is above the SURGERY review threshold of 5,000,000 won"));
	}

	@Test
	void decryptionFailureRaisesAWarning() {
		String table = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		publish("DECRYPTION_FAILED", Severity.CRITICAL, null, null, t0,
				Map.of("table", table, "column", "diagnosis", "rowId", UUID.randomUUID().toString()));

		assertThat(alerts("CRYPTO_FAILURE", "DECRYPTION_FAILED:" + table + ".diagnosis")).singleElement()
			.satisfies((alert) -> {
				assertThat(alert.level()).isEqualTo("WARNING");
				assertThat(alert.category()).isEqualTo("CRYPTOGRAPHY");
			});
	}

	@Test
	void adminCreatedAccountRaisesInfo() {
		UUID admin = UUID.randomUUID();
		publish("ACCOUNT_CREATED", Severity.INFO, account, "203.0.113.7", t0,
				Map.of("role", "PLATFORM_ADMIN", "createdBy", admin.toString()));

		assertThat(alertsFor("ROLE_CHANGE", account)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("INFO");
			assertThat(alert.message())
				.isEqualTo("Account " + account + " created with role PLATFORM_ADMIN by account " + admin);
		});
	}

	@Test
	void accountChangesRaiseInfoAlerts() {
		publish("ACCOUNT_REGISTERED", Severity.INFO, account, "203.0.113.7", t0, Map.of());
		publish("PASSWORD_CHANGED", Severity.INFO, account, "203.0.113.7", t0.plusSeconds(1), Map.of("how", "reset"));
		publish("ROLE_CHANGED", Severity.INFO, account, "203.0.113.7", t0.plusSeconds(2), Map.of("role",
				"CLAIMS_ADJUSTER", "previousRole", "PET_OWNER", "status", "ACTIVE", "previousStatus", "ACTIVE"));

		assertThat(alertsFor("REGISTRATION", account)).singleElement()
			.satisfies((alert) -> assertThat(alert.level()).isEqualTo("INFO"));
		assertThat(alertsFor("PASSWORD_CHANGE", account)).singleElement()
			.satisfies((alert) -> assertThat(alert.message())
				.isEqualTo("Password of account " + account + " changed by a reset link"));
		assertThat(alertsFor("ROLE_CHANGE", account)).singleElement()
			.satisfies((alert) -> assertThat(alert.message())
				.isEqualTo("Account " + account + " changed from role PET_OWNER to CLAIMS_ADJUSTER"));
	}

	@Test
	void otherWarningsAlertInfoDoesNot() {
		publish("LOGIN_LOCKOUT", Severity.WARNING, account, "203.0.113.7", t0, Map.of());
		publish("SOMETHING_ROUTINE", Severity.INFO, account, "203.0.113.7", t0, Map.of());

		assertThat(alerts("OTHER_EVENTS", "LOGIN_LOCKOUT:" + account)).singleElement().satisfies((alert) -> {
			assertThat(alert.level()).isEqualTo("WARNING");
			assertThat(alert.category()).isEqualTo("AUTHENTICATION");
			assertThat(alert.message())
				.isEqualTo("Login locked after repeated failed logins (account " + account + ")");
		});
		assertThat(alerts("OTHER_EVENTS", "SOMETHING_ROUTINE:" + account)).isEmpty();
	}

	@Test
	void freeTextInDetailsNeverReachesAMessage() {
		String pet = "owner@example.test <script>";
		publish("CROSS_HOSPITAL_ACCESS_ATTEMPT", Severity.WARNING, account, null, t0, Map.of("petId", pet));
		publish("RATE_LIMIT_EXCEEDED", Severity.WARNING, account, null, t0,
				Map.of("policy", "login\nFAKE ALERT owner@example.test"));

		List<Alert> alerts = jdbc
			.sql("SELECT level, category, message, occurrences FROM security_alert " + "WHERE subject LIKE :account")
			.param("account", "%" + account + "%")
			.query(Alert.class)
			.list();
		assertThat(alerts).hasSize(2)
			.allSatisfy((alert) -> assertThat(alert.message()).doesNotContain("@", "<", "\n").contains("unknown"));
	}

	@Test
	void onlyAddressLiteralsHaveANetwork() {
		assertThat(SecurityEventPipeline.network("203.0.113.255")).isEqualTo("203.0.113.0/24");
		assertThat(SecurityEventPipeline.network("999.1.1.1")).isNull();
		assertThat(SecurityEventPipeline.network("example.test")).isNull();
		assertThat(SecurityEventPipeline.network(null)).isNull();
	}

	@Test
	void eventsAreStoredWithTheirNetwork() {
		login("203.0.113.77", t0);
		login("2001:db8:abcd:12::1", t0.plusSeconds(1));

		assertThat(jdbc.sql("SELECT network FROM security_event WHERE account_id = :account ORDER BY occurred_at")
			.param("account", account)
			.query(String.class)
			.list()).containsExactly("203.0.113.0/24", "2001:db8:abcd::/48");
	}

	@Test
	void eventOfARolledBackTransactionIsKept() {
		transactions.executeWithoutResult((status) -> {
			publisher.publishEvent(new SecurityEvent("ACCESS_DENIED", Severity.WARNING, account, null, t0, Map.of()));
			status.setRollbackOnly();
		});
		awaitStored();

		assertThat(jdbc.sql("SELECT count(*) FROM security_event WHERE account_id = :account")
			.param("account", account)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void read(int count, Instant at) {
		publish("MEDICAL_RECORDS_READ", Severity.INFO, account, "203.0.113.7", at, Map.of("count",
				Integer.toString(count), "petId", UUID.randomUUID().toString(), "purpose", "TREATMENT"));
	}

	private void login(String address, Instant at) {
		publish("LOGIN_SUCCEEDED", Severity.INFO, account, address, at, Map.of("client", "MOBILE"));
	}

	private void publish(String type, Severity severity, UUID accountId, String address, Instant at,
			Map<String, String> details) {
		publisher.publishEvent(new SecurityEvent(type, severity, accountId, address, at, new HashMap<>(details)));
		awaitStored();
	}

	private void awaitStored() {
		try {
			assertThat(pipeline.awaitIdle(Duration.ofSeconds(20))).as("security events stored in time").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private List<Alert> alertsFor(String rule, UUID subject) {
		return alerts(rule, subject.toString());
	}

	private List<Alert> alerts(String rule, String subject) {
		return jdbc
			.sql("SELECT level, category, message, occurrences FROM security_alert "
					+ "WHERE rule = :rule AND subject = :subject")
			.param("rule", rule)
			.param("subject", subject)
			.query(Alert.class)
			.list();
	}

	private List<Alert> alertsAt(String rule, Instant occurredAt) {
		return jdbc
			.sql("SELECT level, category, message, occurrences FROM security_alert "
					+ "WHERE rule = :rule AND occurred_at = :at")
			.param("rule", rule)
			.param("at", Timestamp.from(occurredAt))
			.query(Alert.class)
			.list();
	}

	record Alert(String level, String category, String message, int occurrences) {
	}

}
