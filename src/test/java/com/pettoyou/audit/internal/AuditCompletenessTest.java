package com.pettoyou.audit.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.identity.LockoutProperties;
import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security events caused through the HTTP API each add an {@code audit_event} row. The
 * row names the actor when one is signed in, the action, the resource type and id, the
 * outcome, the UTC time and the client address. Each row is linked into the hash chain,
 * and the verification endpoint then reports the chain as valid. Payments and key
 * rotation are left out because neither is built yet.
 */
@IntegrationTest
class AuditCompletenessTest {

	private static final String WRONG_PASSWORD = "wrong horse battery staple";

	private static final String CLIENT_ADDRESS = "127.0.0.1";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditChain chain;

	@Autowired
	Clock clock;

	@Autowired
	LockoutProperties lockout;

	ApiClient api;

	ApiClient admin;

	UUID adminId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		admin = Administrators.aSignedInAdministrator(context, api);
		adminId = Accounts.accountId(admin);
	}

	@Test
	void securityEventsAreAuditedAndChained() {
		String ownerEmail = Accounts.aVerifiedOwner(api);
		String victimEmail = Accounts.aVerifiedOwner(api);
		UUID victimId = Accounts.accountId(api.withToken(Accounts.login(api, victimEmail, Accounts.PASSWORD)));
		List<Expected> expected = new ArrayList<>();
		Instant start = clock.instant();

		ApiClient.Response login = expectStatus(Accounts.attemptLogin(api, ownerEmail, Accounts.PASSWORD), 200);
		ApiClient owner = api.withToken(login.json().get("accessToken").asString());
		UUID ownerId = Accounts.accountId(owner);
		expected.add(new Expected("login success", login, "LOGIN_SUCCEEDED", "SUCCESS", ownerId, "PET_OWNER", "session",
				currentSessionId(owner)));

		ApiClient.Response failedLogin = expectStatus(Accounts.attemptLogin(api, ownerEmail, WRONG_PASSWORD), 401);
		expected.add(new Expected("login failure", failedLogin, "LOGIN_FAILED", "FAILURE", null, null, "account",
				ownerId.toString()));

		ApiClient.Response lockingLogin = failUntilLocked(victimEmail);
		expected.add(new Expected("lockout", lockingLogin, "ACCOUNT_LOCKED", "SUCCESS", null, null, "account",
				victimId.toString()));
		expected.add(new Expected("login failure that locks", lockingLogin, "LOGIN_FAILED", "FAILURE", null, null,
				"account", victimId.toString()));
		ApiClient.Response lockedLogin = expectStatus(Accounts.attemptLogin(api, victimEmail, Accounts.PASSWORD), 401);
		expected.add(new Expected("login while locked", lockedLogin, "LOGIN_FAILED", "FAILURE", null, null, "account",
				victimId.toString()));

		ApiClient.Response denied = expectStatus(owner.get("/api/v1/audit/verification"), 403);
		expected.add(new Expected("authorization failure", denied, "ACCESS_DENIED", "DENIED", ownerId, "PET_OWNER",
				"route", "/api/v1/audit/verification"));

		String noteId = aHealthNote(owner);
		ApiClient.Response noteRead = expectStatus(owner.get("/api/v1/health-notes/" + noteId), 200);
		expected.add(new Expected("medical-record read", noteRead, "MEDICAL_RECORD_READ", "SUCCESS", ownerId,
				"PET_OWNER", "health_note", noteId));

		ApiClient secondSession = api.withToken(Accounts.login(api, ownerEmail, Accounts.PASSWORD));
		String secondSessionId = currentSessionId(secondSession);
		ApiClient.Response sessionEnded = expectStatus(secondSession.delete("/api/v1/me/sessions/" + secondSessionId),
				204);
		expected.add(new Expected("session ended by its owner", sessionEnded, "SESSION_ENDED", "SUCCESS", ownerId,
				"PET_OWNER", "session", secondSessionId));

		ApiClient.Response revoked = expectStatus(
				admin.post("/api/v1/admin/accounts/" + victimId + "/revoke-sessions", null), 204);
		expected.add(new Expected("sessions revoked by an administrator", revoked, "SESSIONS_REVOKED", "SUCCESS",
				adminId, "PLATFORM_ADMIN", "account", victimId.toString()));

		ApiClient.Response roleChange = expectStatus(
				admin.patch("/api/v1/admin/accounts/" + ownerId, Map.of("role", "SECURITY_AUDITOR")), 200);
		expected.add(new Expected("role change", roleChange, "ROLE_CHANGED", "SUCCESS", adminId, "PLATFORM_ADMIN",
				"account", ownerId.toString()));

		Instant end = clock.instant();
		chain.chainNow();

		SoftAssertions softly = new SoftAssertions();
		List<Long> sequences = new ArrayList<>();
		for (Expected event : expected) {
			StoredEvent stored = storedEvent(event);
			assertRow(softly, event, stored, start, end);
			assertLinked(softly, event, stored);
			if (stored.sequence() != null) {
				sequences.add(stored.sequence());
			}
		}
		softly.assertAll();

		ApiClient auditor = api.withToken(Accounts.login(api, ownerEmail, Accounts.PASSWORD));
		ApiClient.Response verification = expectStatus(auditor.get("/api/v1/audit/verification"), 200);
		assertThat(verification.json().get("status").asString()).isEqualTo("VALID");
		assertThat(verification.json().get("firstBrokenSequence").isNull()).isTrue();
		assertThat(verification.json().get("verifiedEvents").asLong()).as("links verified")
			.isGreaterThanOrEqualTo(sequences.stream().mapToLong(Long::longValue).max().orElseThrow());
		assertThat(verification.json().get("lastCheckpoint").get("sequence").asLong())
			.as("sequence of the newest signed checkpoint")
			.isGreaterThanOrEqualTo(sequences.stream().mapToLong(Long::longValue).max().orElseThrow());

		for (Expected event : expected) {
			assertListedInUtc(auditor, event);
		}
	}

	/** Fails logins for the email until the response that locks it, and returns that. */
	private ApiClient.Response failUntilLocked(String email) {
		for (int i = 1; i < lockout.maxFailures(); i++) {
			expectStatus(Accounts.attemptLogin(api, email, WRONG_PASSWORD), 401);
		}
		return expectStatus(Accounts.attemptLogin(api, email, WRONG_PASSWORD), 401);
	}

	private String aHealthNote(ApiClient owner) {
		ApiClient.Response pet = expectStatus(owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG")),
				201);
		String visitDate = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul")).minusDays(1).toString();
		ApiClient.Response note = expectStatus(
				owner.post("/api/v1/pets/" + pet.json().get("id").asString() + "/health-notes", Map.of("visitDate",
						visitDate, "diagnosis", "Otitis externa", "treatment", "Ear cleaning", "actualCost", 55_000)),
				201);
		return note.json().get("id").asString();
	}

	private static String currentSessionId(ApiClient signedIn) {
		ApiClient.Response sessions = expectStatus(signedIn.get("/api/v1/me/sessions"), 200);
		for (JsonNode session : sessions.json().get("items")) {
			if (session.get("current").asBoolean()) {
				return session.get("id").asString();
			}
		}
		throw new AssertionError("The session list marks no session as current: " + sessions);
	}

	private static ApiClient.Response expectStatus(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response;
	}

	/** Returns the one row with the event's action and its response's request id. */
	private static StoredEvent storedEvent(Expected event) {
		String correlationId = event.response().header("X-Request-Id");
		assertThat(correlationId).as("X-Request-Id of the %s response", event.name()).isNotBlank();
		List<StoredEvent> rows = Database.jdbc()
			.sql("""
					SELECT e.occurred_at, e.actor_id, e.actor_role, e.action, e.resource_type, e.resource_id,
					    e.outcome, e.client_address, c.sequence, c.previous_hash, c.hash
					FROM audit_event e LEFT JOIN audit_chain c ON c.event_id = e.id
					WHERE e.correlation_id = :correlationId AND e.action = :action""")
			.param("correlationId", correlationId)
			.param("action", event.action())
			.query((row, number) -> new StoredEvent(row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					row.getObject("actor_id", UUID.class), row.getString("actor_role"), row.getString("resource_type"),
					row.getString("resource_id"), row.getString("outcome"), row.getString("client_address"),
					row.getObject("sequence", Long.class), row.getBytes("previous_hash"), row.getBytes("hash")))
			.list();
		assertThat(rows).as("%s rows for the %s request", event.action(), event.name()).hasSize(1);
		return rows.get(0);
	}

	private static void assertRow(SoftAssertions softly, Expected event, StoredEvent stored, Instant start,
			Instant end) {
		softly.assertThat(stored.actorId()).as("%s: actor id", event.name()).isEqualTo(event.actorId());
		softly.assertThat(stored.actorRole()).as("%s: actor role", event.name()).isEqualTo(event.actorRole());
		softly.assertThat(stored.resourceType()).as("%s: resource type", event.name()).isEqualTo(event.resourceType());
		softly.assertThat(stored.resourceId()).as("%s: resource id", event.name()).isEqualTo(event.resourceId());
		softly.assertThat(stored.outcome()).as("%s: outcome", event.name()).isEqualTo(event.outcome());
		softly.assertThat(stored.clientAddress()).as("%s: client address", event.name()).isEqualTo(CLIENT_ADDRESS);
		// A time written in a local zone but read as UTC would be off by whole hours.
		softly.assertThat(stored.occurredAt())
			.as("%s: time", event.name())
			.isBetween(start.minus(Duration.ofSeconds(1)), end.plus(Duration.ofSeconds(1)));
	}

	/**
	 * Checks that the row has a chain link whose previous hash is the hash of the link
	 * before it. The verification endpoint then recomputes every hash.
	 */
	private static void assertLinked(SoftAssertions softly, Expected event, StoredEvent stored) {
		softly.assertThat(stored.sequence()).as("%s: chain sequence", event.name()).isNotNull();
		if (stored.sequence() == null || stored.sequence() == 1) {
			return;
		}
		byte[] previousHash = Database.jdbc()
			.sql("SELECT hash FROM audit_chain WHERE sequence = :sequence")
			.param("sequence", stored.sequence() - 1)
			.query(byte[].class)
			.single();
		softly.assertThat(stored.previousHash())
			.as("%s: previous hash of link %d", event.name(), stored.sequence())
			.isEqualTo(previousHash);
		softly.assertThat(stored.hash()).as("%s: hash of link %d", event.name(), stored.sequence()).hasSize(32);
	}

	/**
	 * Checks that the audit event search returns the row with its chain sequence and a
	 * UTC time in ISO 8601 form.
	 */
	private static void assertListedInUtc(ApiClient auditor, Expected event) {
		String correlationId = event.response().header("X-Request-Id");
		String query = "?size=100&action=" + event.action() + "&resourceId="
				+ URLEncoder.encode(event.resourceId(), StandardCharsets.UTF_8);
		if (event.actorId() != null) {
			query += "&actorId=" + event.actorId();
		}
		ApiClient.Response page = expectStatus(auditor.get("/api/v1/audit/events" + query), 200);
		JsonNode listed = null;
		for (JsonNode item : page.json().get("items")) {
			if (correlationId.equals(item.get("correlationId").asString())) {
				listed = item;
			}
		}
		assertThat(listed).as("%s row in the audit event search", event.name()).isNotNull();
		assertThat(listed.get("sequence").asLong()).as("%s: listed sequence", event.name()).isPositive();
		assertThat(listed.get("occurredAt").asString()).as("%s: listed time", event.name()).endsWith("Z");
	}

	/**
	 * An audit row that one request must have added.
	 *
	 * @param name a short label of the event, for failure messages
	 * @param response the response to the request that caused it
	 * @param actorId the signed-in account, or {@code null} when no account is signed in
	 */
	private record Expected(String name, ApiClient.Response response, String action, String outcome, UUID actorId,
			String actorRole, String resourceType, String resourceId) {

	}

	/** An {@code audit_event} row with its {@code audit_chain} link, if any. */
	private record StoredEvent(Instant occurredAt, UUID actorId, String actorRole, String resourceType,
			String resourceId, String outcome, String clientAddress, Long sequence, byte[] previousHash, byte[] hash) {

	}

}
