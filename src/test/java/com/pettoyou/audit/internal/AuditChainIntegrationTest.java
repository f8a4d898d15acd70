package com.pettoyou.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.audit.internal.ChainVerification.Status;
import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain and the audit endpoints in the running application, on the database
 * that every integration test shares, which these tests leave valid.
 */
@IntegrationTest
class AuditChainIntegrationTest {

	private static final String AUDITOR_PASSWORD = "auditor passphrase for tests";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChain chain;

	@Test
	void parallelAppendsChainGapFree() throws Exception {
		String resourceId = UUID.randomUUID().toString();
		try (ExecutorService writers = Executors.newFixedThreadPool(16)) {
			List<Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < 100; i++) {
				done.add(writers.submit(() -> auditLog
					.record(AuditEntry.of("PARALLEL_TEST", AuditOutcome.SUCCESS).resource("test", resourceId))));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}

		chain.chainNow();

		List<Long> sequences = Database.jdbc()
			.sql("""
					SELECT c.sequence FROM audit_chain c JOIN audit_event e ON e.id = c.event_id
					WHERE e.resource_id = :resource ORDER BY c.sequence""")
			.param("resource", resourceId)
			.query(Long.class)
			.list();
		assertThat(sequences).hasSize(100);
		Map<String, Object> totals = Database.jdbc()
			.sql("SELECT count(*) AS links, min(sequence) AS first, max(sequence) AS last FROM audit_chain")
			.query()
			.singleRow();
		assertThat(((Number) totals.get("first")).longValue()).isEqualTo(1);
		assertThat(((Number) totals.get("last")).longValue()).isEqualTo(((Number) totals.get("links")).longValue());
		ChainVerification result = chain.verify();
		assertThat(result.status()).as(result.toString()).isEqualTo(Status.VALID);
		assertThat(result.verifiedEvents()).isGreaterThanOrEqualTo(sequences.getLast());
	}

	@Test
	void ownerCannotReadAudit() {
		ApiClient api = new ApiClient(port);
		String email = Accounts.aVerifiedOwner(api);
		ApiClient owner = api.withToken(Accounts.login(api, email, Accounts.PASSWORD));

		assertThat(owner.get("/api/v1/audit/verification").status()).isEqualTo(403);
		assertThat(owner.get("/api/v1/audit/events").status()).isEqualTo(403);
	}

	@Test
	void anonymousCannotReadAudit() {
		ApiClient api = new ApiClient(port);

		assertThat(api.get("/api/v1/audit/verification").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/audit/events").status()).isEqualTo(401);
	}

	@Test
	void auditorReadsVerification() {
		ApiClient auditor = anAuditor();
		chain.chainNow();

		ApiClient.Response response = auditor.get("/api/v1/audit/verification");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("VALID");
		assertThat(response.json().get("verifiedEvents").asLong()).isPositive();
		assertThat(response.json().get("firstBrokenSequence").isNull()).isTrue();
		assertThat(response.json().get("lastCheckpoint").get("sequence").asLong()).as("signed checkpoint").isPositive();
	}

	@Test
	void verificationCoversEventsCommittedBeforeIt() {
		ApiClient auditor = anAuditor();
		long committed = Database.jdbc().sql("SELECT count(*) FROM audit_event").query(Long.class).single();

		ApiClient.Response response = auditor.get("/api/v1/audit/verification");

		assertThat(response.json().get("status").asString()).isEqualTo("VALID");
		assertThat(response.json().get("verifiedEvents").asLong()).isGreaterThanOrEqualTo(committed);
	}

	@Test
	void auditorSearchesEvents() {
		ApiClient auditor = anAuditor();
		String resourceId = UUID.randomUUID().toString();
		UUID actor = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			auditLog.record(AuditEntry.of("SEARCH_TEST", AuditOutcome.SUCCESS)
				.actor(actor, "PET_OWNER")
				.resource("pet", resourceId));
		}
		auditLog.record(AuditEntry.of("SEARCH_OTHER", AuditOutcome.DENIED).resource("pet", resourceId));
		chain.chainNow();

		ApiClient.Response page = auditor
			.get("/api/v1/audit/events?resourceType=pet&resourceId=" + resourceId + "&action=SEARCH_TEST&size=2");

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.json().get("total").asLong()).isEqualTo(3);
		assertThat(page.json().get("size").asInt()).isEqualTo(2);
		assertThat(page.json().get("page").asInt()).isZero();
		assertThat(page.json().get("items").size()).isEqualTo(2);
		assertThat(page.json().get("items").get(0).get("actorId").asString()).isEqualTo(actor.toString());
		assertThat(page.json().get("items").get(0).get("sequence").asLong()).isPositive();
		ApiClient.Response second = auditor
			.get("/api/v1/audit/events?resourceId=" + resourceId + "&action=SEARCH_TEST&size=2&page=1");
		assertThat(second.json().get("items").size()).isEqualTo(1);
		ApiClient.Response byActor = auditor.get("/api/v1/audit/events?actorId=" + actor);
		assertThat(byActor.json().get("total").asLong()).isEqualTo(3);
		ApiClient.Response inRange = auditor.get(
				"/api/v1/audit/events?resourceId=" + resourceId + "&from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z");
		assertThat(inRange.status()).as(inRange.toString()).isEqualTo(200);
		assertThat(inRange.json().get("total").asLong()).isEqualTo(4);
		ApiClient.Response beforeRange = auditor
			.get("/api/v1/audit/events?resourceId=" + resourceId + "&to=2000-01-01T00:00:00Z");
		assertThat(beforeRange.json().get("total").asLong()).isZero();
		ApiClient.Response injected = auditor.get("/api/v1/audit/events?action=x'%20OR%20'1'='1");
		assertThat(injected.status()).isEqualTo(200);
		assertThat(injected.json().get("total").asLong()).isZero();
	}

	@Test
	void eventSearchIsAuditedWithFilters() {
		ApiClient auditor = anAuditor();
		String auditorId = auditor.get("/api/v1/me").json().get("id").asString();
		String resourceId = UUID.randomUUID().toString();

		ApiClient.Response search = auditor.get("/api/v1/audit/events?resourceType=pet&resourceId=" + resourceId
				+ "&from=2026-01-01T00:00:00Z&page=1&size=5");
		ApiClient.Response reads = auditor.get("/api/v1/audit/events?action=AUDIT_LOG_READ&actorId=" + auditorId);

		assertThat(search.status()).as(search.toString()).isEqualTo(200);
		assertThat(reads.status()).as(reads.toString()).isEqualTo(200);
		assertThat(reads.json().get("total").asLong()).isEqualTo(1);
		JsonNode read = reads.json().get("items").get(0);
		assertThat(read.get("actorRole").asString()).isEqualTo("SECURITY_AUDITOR");
		assertThat(read.get("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(read.get("resourceType").asString()).isEqualTo("audit_event");
		JsonNode details = read.get("details");
		assertThat(details.get("resourceType").asString()).isEqualTo("pet");
		assertThat(details.get("resourceId").asString()).isEqualTo(resourceId);
		assertThat(details.get("from").asString()).isEqualTo("2026-01-01T00:00:00Z");
		assertThat(details.get("page").asString()).isEqualTo("1");
		assertThat(details.get("size").asString()).isEqualTo("5");
		assertThat(details.get("total").asString()).isEqualTo("0");
		assertThat(details.has("action")).as("unset filter").isFalse();
		assertThat(details.has("to")).as("unset filter").isFalse();
	}

	@Test
	void verificationIsAuditedWithStatus() {
		ApiClient auditor = anAuditor();
		String auditorId = auditor.get("/api/v1/me").json().get("id").asString();
		chain.chainNow();

		ApiClient.Response verification = auditor.get("/api/v1/audit/verification");
		ApiClient.Response records = auditor
			.get("/api/v1/audit/events?action=AUDIT_CHAIN_VERIFIED&actorId=" + auditorId);

		assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
		assertThat(records.json().get("total").asLong()).isEqualTo(1);
		JsonNode record = records.json().get("items").get(0);
		assertThat(record.get("actorRole").asString()).isEqualTo("SECURITY_AUDITOR");
		assertThat(record.get("resourceType").asString()).isEqualTo("audit_chain");
		assertThat(record.get("details").get("status").asString()).isEqualTo("VALID");
		assertThat(record.get("details").get("verifiedEvents").asString())
			.isEqualTo(verification.json().get("verifiedEvents").asString());
		assertThat(record.get("details").has("reason")).isFalse();
	}

	@Test
	void rejectedSearchIsNotAudited() {
		ApiClient auditor = anAuditor();
		String auditorId = auditor.get("/api/v1/me").json().get("id").asString();

		ApiClient.Response rejected = auditor.get("/api/v1/audit/events?size=0");
		ApiClient.Response reads = auditor.get("/api/v1/audit/events?action=AUDIT_LOG_READ&actorId=" + auditorId);

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(reads.json().get("total").asLong()).isZero();
	}

	@Test
	void eventSearchRejectsBadPaging() {
		ApiClient auditor = anAuditor();

		assertThat(auditor.get("/api/v1/audit/events?size=101").status()).isEqualTo(400);
		assertThat(auditor.get("/api/v1/audit/events?size=0").status()).isEqualTo(400);
		assertThat(auditor.get("/api/v1/audit/events?page=-1").status()).isEqualTo(400);
		assertThat(auditor.get("/api/v1/audit/events?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z").status())
			.isEqualTo(400);
	}

	private ApiClient anAuditor() {
		ApiClient api = new ApiClient(port);
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);
		String email = "auditor-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		Map<String, Object> request = new HashMap<>();
		request.put("email", email);
		request.put("name", "Security Auditor");
		request.put("role", "SECURITY_AUDITOR");
		ApiClient.Response created = admin.post("/api/v1/admin/accounts", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String token = Outbox.latestToken(email, "account");
		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", token, "newPassword", AUDITOR_PASSWORD));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		return api.withToken(Accounts.login(api, email, AUDITOR_PASSWORD));
	}

}
