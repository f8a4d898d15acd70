package com.pettoyou.monitoring.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.alerts.MonitoringProperties.RuleSettings;

/**
 * The alert rules, one method each, applied to every stored security event.
 * <p>
 * Critical: a broken audit chain and a mass export (one account reading many medical
 * records of other people's pets in a short window). Repeated authorization failures of
 * one account or address are critical too, as are payments, refunds and payouts at or
 * above the high-value amount. So is unusual access: a session used by another client, or
 * one account signing in from several networks within a window. Warning: rate-limit
 * rejections, a platform-wide spike of failed logins, cross-hospital access attempts,
 * claim cost anomalies, and encryption or decryption failures. Info: registrations,
 * password changes, accounts created by administrators, role and status changes, and a
 * login from a network the account had not used within the window. Any other event at or
 * above the level of the catch-all rule raises an alert of the event's own severity.
 * <p>
 * Messages are built from counts, amounts, fixed codes and ids that are checked to be
 * UUIDs or codes first, so no free text from an event reaches an alert.
 */
@Component
class AlertRules {

	static final String AUDIT_CHAIN_BROKEN = "audit-chain-broken";

	static final String MASS_DATA_EXPORT = "mass-data-export";

	static final String REPEATED_AUTHORIZATION_FAILURES = "repeated-authorization-failures";

	static final String HIGH_VALUE_TRANSACTION = "high-value-transaction";

	static final String UNUSUAL_ACCESS = "unusual-access";

	static final String RATE_LIMIT = "rate-limit";

	static final String FAILED_LOGIN_SPIKE = "failed-login-spike";

	static final String CROSS_HOSPITAL_ACCESS = "cross-hospital-access";

	static final String COST_ANOMALY = "cost-anomaly";

	static final String CRYPTO_FAILURE = "crypto-failure";

	static final String REGISTRATION = "registration";

	static final String PASSWORD_CHANGE = "password-change";

	static final String ROLE_CHANGE = "role-change";

	static final String NEW_NETWORK_LOGIN = "new-network-login";

	static final String OTHER_EVENTS = "other-events";

	/** Every rule name, as used under {@code pettoyou.monitoring.rules}. */
	static final Set<String> NAMES = Set.of(AUDIT_CHAIN_BROKEN, MASS_DATA_EXPORT, REPEATED_AUTHORIZATION_FAILURES,
			HIGH_VALUE_TRANSACTION, UNUSUAL_ACCESS, RATE_LIMIT, FAILED_LOGIN_SPIKE, CROSS_HOSPITAL_ACCESS, COST_ANOMALY,
			CRYPTO_FAILURE, REGISTRATION, PASSWORD_CHANGE, ROLE_CHANGE, NEW_NETWORK_LOGIN, OTHER_EVENTS);

	private static final String PLATFORM = "platform";

	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,15}");

	/** Categories of the events that only the catch-all rule handles. */
	private static final Map<String, String> OTHER_CATEGORIES = Map.of("LOGIN_LOCKOUT", "AUTHENTICATION",
			"ATTACK_PATTERN_DETECTED", "INPUT", "MALICIOUS_UPLOAD_REJECTED", "INPUT", "DOCUMENT_INTEGRITY_FAILED",
			"DATA_INTEGRITY", "PAYMENT_WEBHOOK_REJECTED", "FINANCIAL", "PAYMENT_WEBHOOK_AMOUNT_MISMATCH", "FINANCIAL",
			"CLAIM_FLAGGED", "CLAIMS", "CLAIM_LIMIT_REACHED", "CLAIMS", "CROSS_SITE_SIGN_IN_REJECTED",
			"AUTHENTICATION");

	/**
	 * Descriptions of the events that only the catch-all rule handles, for alert
	 * messages.
	 */
	private static final Map<String, String> OTHER_DESCRIPTIONS = Map.of("LOGIN_LOCKOUT",
			"Login locked after repeated failed logins", "ATTACK_PATTERN_DETECTED",
			"Attack pattern found in clinical text", "MALICIOUS_UPLOAD_REJECTED", "Upload rejected as malicious",
			"DOCUMENT_INTEGRITY_FAILED", "Stored document failed its integrity check", "PAYMENT_WEBHOOK_REJECTED",
			"Payment webhook rejected", "PAYMENT_WEBHOOK_AMOUNT_MISMATCH",
			"Payment webhook amount does not match the payment", "CLAIM_FLAGGED", "Claim flagged by the fraud rules",
			"CLAIM_LIMIT_REACHED", "Claim submission limit reached", "CROSS_SITE_SIGN_IN_REJECTED",
			"Console sign-in from another site rejected");

	private final MonitoringProperties properties;

	private final SecurityEventStore events;

	AlertRules(MonitoringProperties properties, SecurityEventStore events) {
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Returns the alerts that a just-stored event raises, usually none or one.
	 * @param id the stored event's id
	 * @param network the client's network, or {@code null}
	 */
	List<AlertCandidate> evaluate(UUID id, SecurityEvent event, String network) {
		List<AlertCandidate> alerts = new ArrayList<>();
		switch (event.type()) {
			case "AUDIT_CHAIN_BROKEN" -> auditChainBroken(event, alerts);
			case "MEDICAL_RECORDS_READ" -> massDataExport(event, alerts);
			case "ACCESS_DENIED" -> repeatedAuthorizationFailures(event, alerts);
			case "HIGH_VALUE_PAYMENT", "HIGH_VALUE_REFUND", "HIGH_VALUE_PAYOUT" -> highValueTransaction(event, alerts);
			case "SESSION_USER_AGENT_CHANGED" -> sessionTakenOver(event, alerts);
			case "LOGIN_SUCCEEDED" -> {
				manyNetworks(event, alerts);
				newNetwork(id, event, network, alerts);
			}
			case "RATE_LIMIT_EXCEEDED" -> rateLimit(event, alerts);
			case "LOGIN_FAILED" -> failedLoginSpike(event, alerts);
			case "CROSS_HOSPITAL_ACCESS_ATTEMPT" -> crossHospitalAccess(event, alerts);
			case "COST_ANOMALY" -> costAnomaly(event, alerts);
			case "DECRYPTION_FAILED", "ENCRYPTION_FAILED" -> cryptoFailure(event, alerts);
			case "ACCOUNT_REGISTERED" -> add(alerts, REGISTRATION, "ACCOUNT", event, account(event),
					"Account " + account(event) + " registered");
			case "PASSWORD_CHANGED" ->
				add(alerts, PASSWORD_CHANGE, "ACCOUNT", event, account(event), "Password of account " + account(event)
						+ " changed" + ("reset".equals(event.details().get("how")) ? " by a reset link" : ""));
			case "ROLE_CHANGED" -> roleChange(event, alerts);
			case "ACCOUNT_CREATED" ->
				add(alerts, ROLE_CHANGE, "ACCESS_CONTROL", event, account(event), "Account " + account(event)
						+ " created with role " + code(event, "role") + " by account " + uuid(event, "createdBy"));
			default -> otherEvent(event, alerts);
		}
		return alerts;
	}

	private void auditChainBroken(SecurityEvent event, List<AlertCandidate> alerts) {
		// Each break point is an incident of its own, so a new break is never folded into
		// an old one.
		add(alerts, AUDIT_CHAIN_BROKEN, "AUDIT_INTEGRITY", event,
				"audit_chain:" + number(event, "firstBrokenSequence") + ":" + code(event, "reason"),
				"Audit chain verification failed at sequence " + number(event, "firstBrokenSequence") + " ("
						+ code(event, "reason") + ")");
	}

	private void massDataExport(SecurityEvent event, List<AlertCandidate> alerts) {
		RuleSettings rule = settings(MASS_DATA_EXPORT);
		if (event.accountId() == null || !rule.enabled()) {
			return;
		}
		// Owners reading their own pets' records are the data subjects, so their reads do
		// not count.
		long read = this.events.sumForAccount(event.accountId(), event.type(), "count", "OWNER_ACCESS",
				start(event, rule), event.occurredAt());
		if (read >= rule.threshold()) {
			add(alerts, MASS_DATA_EXPORT, "DATA_ACCESS", event, event.accountId().toString(), "Account "
					+ event.accountId() + " read " + read + " medical records within " + words(rule.window()));
		}
	}

	private void repeatedAuthorizationFailures(SecurityEvent event, List<AlertCandidate> alerts) {
		RuleSettings rule = settings(REPEATED_AUTHORIZATION_FAILURES);
		if (!rule.enabled() || (event.accountId() == null && event.clientAddress() == null)) {
			return;
		}
		long denied;
		String subject;
		String actor;
		if (event.accountId() != null) {
			denied = this.events.countForAccount(event.accountId(), event.type(), start(event, rule),
					event.occurredAt());
			subject = event.accountId().toString();
			actor = "Account " + event.accountId();
		}
		else {
			denied = this.events.countForAddress(event.clientAddress(), event.type(), start(event, rule),
					event.occurredAt());
			subject = "address:" + event.clientAddress();
			actor = "One client address";
		}
		if (denied >= rule.threshold()) {
			add(alerts, REPEATED_AUTHORIZATION_FAILURES, "AUTHORIZATION", event, subject,
					actor + " was denied access " + denied + " times within " + words(rule.window()));
		}
	}

	private void highValueTransaction(SecurityEvent event, List<AlertCandidate> alerts) {
		Transaction transaction = switch (event.type()) {
			case "HIGH_VALUE_REFUND" -> new Transaction("Refund", "refundId");
			case "HIGH_VALUE_PAYOUT" -> new Transaction("Payout", "payoutId");
			default -> new Transaction("Payment", "paymentId");
		};
		String kind = transaction.kind();
		String idKey = transaction.idKey();
		String id = uuid(event, idKey);
		String amount = event.details().getOrDefault("amount", "");
		String formatted = WHOLE_NUMBER.matcher(amount).matches()
				? String.format(Locale.ROOT, "%,d", Long.parseLong(amount)) : "an unknown amount of";
		add(alerts, HIGH_VALUE_TRANSACTION, "FINANCIAL", event, idKey + ":" + id, kind + " of " + formatted + " won ("
				+ kind.toLowerCase(Locale.ROOT) + " " + id + ", status " + code(event, "status") + ")");
	}

	private void sessionTakenOver(SecurityEvent event, List<AlertCandidate> alerts) {
		add(alerts, UNUSUAL_ACCESS, "ACCESS_PATTERN", event, "session:" + account(event),
				"A session of account " + account(event) + " was used by a different client and was ended");
	}

	private void manyNetworks(SecurityEvent event, List<AlertCandidate> alerts) {
		RuleSettings rule = settings(UNUSUAL_ACCESS);
		if (event.accountId() == null || !rule.enabled()) {
			return;
		}
		long networks = this.events.distinctNetworks(event.accountId(), event.type(), start(event, rule),
				event.occurredAt());
		if (networks >= rule.threshold()) {
			add(alerts, UNUSUAL_ACCESS, "ACCESS_PATTERN", event, "networks:" + event.accountId(), "Account "
					+ event.accountId() + " signed in from " + networks + " networks within " + words(rule.window()));
		}
	}

	private void newNetwork(UUID id, SecurityEvent event, String network, List<AlertCandidate> alerts) {
		RuleSettings rule = settings(NEW_NETWORK_LOGIN);
		if (event.accountId() == null || network == null || !rule.enabled()) {
			return;
		}
		Instant from = start(event, rule);
		long earlier = this.events.countEarlier(event.accountId(), event.type(), null, from, event.occurredAt(), id);
		if (earlier == 0) {
			// The first login in the window has no earlier network to compare with.
			return;
		}
		long fromThisNetwork = this.events.countEarlier(event.accountId(), event.type(), network, from,
				event.occurredAt(), id);
		if (fromThisNetwork == 0) {
			add(alerts, NEW_NETWORK_LOGIN, "AUTHENTICATION", event, event.accountId() + ":" + network, "Account "
					+ event.accountId() + " signed in from a network it had not used within " + words(rule.window()));
		}
	}

	private void rateLimit(SecurityEvent event, List<AlertCandidate> alerts) {
		String policy = code(event, "policy");
		String subject = policy + ":" + ((event.accountId() != null) ? event.accountId() : event.clientAddress());
		String client = (event.accountId() != null) ? " for account " + event.accountId() : " for one client address";
		add(alerts, RATE_LIMIT, "RATE_LIMIT", event, subject,
				"Requests rejected by the " + policy + " rate limit" + client);
	}

	private void failedLoginSpike(SecurityEvent event, List<AlertCandidate> alerts) {
		RuleSettings rule = settings(FAILED_LOGIN_SPIKE);
		if (!rule.enabled()) {
			return;
		}
		long failed = this.events.count(event.type(), start(event, rule), event.occurredAt());
		if (failed >= rule.threshold()) {
			add(alerts, FAILED_LOGIN_SPIKE, "AUTHENTICATION", event, PLATFORM,
					failed + " failed logins within " + words(rule.window()));
		}
	}

	private void crossHospitalAccess(SecurityEvent event, List<AlertCandidate> alerts) {
		add(alerts, CROSS_HOSPITAL_ACCESS, "DATA_ACCESS", event, account(event), "Account " + account(event)
				+ " tried to reach the records of pet " + uuid(event, "petId") + " without a grant to its hospital");
	}

	private void costAnomaly(SecurityEvent event, List<AlertCandidate> alerts) {
		String claim = uuid(event, "claimId");
		add(alerts, COST_ANOMALY, "CLAIMS", event, "claim:" + claim,
				"Claim " + claim + " of " + number(event, "totalClaimAmount") + " won is above the "
						+ code(event, "claimType") + " review threshold of " + number(event, "reviewThreshold")
						+ " won");
	}

	private void cryptoFailure(SecurityEvent event, List<AlertCandidate> alerts) {
		String operation = "DECRYPTION_FAILED".equals(event.type()) ? "Decryption" : "Encryption";
		String field = code(event, "table") + "." + code(event, "column");
		add(alerts, CRYPTO_FAILURE, "CRYPTOGRAPHY", event, event.type() + ":" + field,
				operation + " failed for " + field + " (row " + uuid(event, "rowId") + ")");
	}

	private void roleChange(SecurityEvent event, List<AlertCandidate> alerts) {
		String role = code(event, "role");
		String previousRole = code(event, "previousRole");
		String change = role.equals(previousRole)
				? "status " + code(event, "previousStatus") + " to " + code(event, "status")
				: "role " + previousRole + " to " + role;
		add(alerts, ROLE_CHANGE, "ACCESS_CONTROL", event, account(event),
				"Account " + account(event) + " changed from " + change);
	}

	private void otherEvent(SecurityEvent event, List<AlertCandidate> alerts) {
		RuleSettings rule = settings(OTHER_EVENTS);
		if (!rule.enabled() || event.severity().compareTo(rule.level()) < 0) {
			return;
		}
		String source = (event.accountId() != null) ? event.accountId().toString() : event.clientAddress();
		String subject = event.type() + ":" + ((source != null) ? source : PLATFORM);
		String message = OTHER_DESCRIPTIONS.getOrDefault(event.type(), "Security event " + event.type())
				+ ((event.accountId() != null) ? " (account " + event.accountId() + ")" : "");
		alerts.add(new AlertCandidate(name(OTHER_EVENTS), event.severity(),
				OTHER_CATEGORIES.getOrDefault(event.type(), "SECURITY"), subject, message, event.occurredAt(),
				rule.quietPeriod()));
	}

	private void add(List<AlertCandidate> alerts, String ruleName, String category, SecurityEvent event, String subject,
			String message) {
		RuleSettings rule = settings(ruleName);
		if (rule.enabled()) {
			alerts.add(new AlertCandidate(name(ruleName), rule.level(), category, subject, message, event.occurredAt(),
					rule.quietPeriod()));
		}
	}

	private RuleSettings settings(String name) {
		return this.properties.rule(name);
	}

	private static Instant start(SecurityEvent event, RuleSettings rule) {
		return event.occurredAt().minus(rule.window());
	}

	/** Returns the stored rule name, such as {@code MASS_DATA_EXPORT}. */
	static String name(String ruleName) {
		return ruleName.toUpperCase(Locale.ROOT).replace('-', '_');
	}

	private static String account(SecurityEvent event) {
		return (event.accountId() != null) ? event.accountId().toString() : "unknown";
	}

	private static String uuid(SecurityEvent event, String key) {
		String value = event.details().getOrDefault(key, "");
		return UUID_TEXT.matcher(value).matches() ? value : "unknown";
	}

	private static String code(SecurityEvent event, String key) {
		String value = event.details().getOrDefault(key, "");
		return CODE.matcher(value).matches() ? value : "unknown";
	}

	private static String number(SecurityEvent event, String key) {
		String value = event.details().getOrDefault(key, "");
		return WHOLE_NUMBER.matcher(value).matches() ? String.format(Locale.ROOT, "%,d", Long.parseLong(value))
				: "unknown";
	}

	/** Writes a window as {@code 10 minutes}, {@code 1 hour} or {@code 90 days}. */
	static String words(Duration window) {
		if (window.toSeconds() % 86_400 == 0) {
			return plural(window.toDays(), "day");
		}
		if (window.toSeconds() % 3600 == 0) {
			return plural(window.toHours(), "hour");
		}
		if (window.toSeconds() % 60 == 0) {
			return plural(window.toMinutes(), "minute");
		}
		return plural(window.toSeconds(), "second");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

	/**
	 * A kind of high-value transaction and the detail that contains its id.
	 *
	 * @param kind the word that starts the alert message
	 * @param idKey the detail key of the transaction's id
	 */
	private record Transaction(String kind, String idKey) {
	}

}
