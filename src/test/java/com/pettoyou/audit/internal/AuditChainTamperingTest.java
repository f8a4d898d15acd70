package com.pettoyou.audit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.audit.internal.ChainVerification.Status;
import com.pettoyou.common.AdjustableClock;
import com.pettoyou.common.SecurityEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tampering with the audit trail, each case on a database of its own: the verifier
 * reports the first sequence that can no longer be trusted and raises a CRITICAL security
 * event.
 */
class AuditChainTamperingTest {

	private static final byte[] SIGNING_KEY = new byte[32];

	static {
		for (int i = 0; i < SIGNING_KEY.length; i++) {
			SIGNING_KEY[i] = (byte) (i * 7 + 3);
		}
	}

	@TempDir
	Path checkpointDirectory;

	AuditDatabase database;

	AdjustableClock clock = new AdjustableClock(
			Clock.fixed(Instant.parse("2026-03-01T09:00:00.123456789Z"), ZoneOffset.UTC));

	List<SecurityEvent> published = new CopyOnWriteArrayList<>();

	JdbcAuditLog auditLog;

	AuditChain chain;

	@BeforeEach
	void setUp() throws SQLException {
		database = AuditDatabase.create();
		DataSource dataSource = database.appDataSource();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		auditLog = new JdbcAuditLog(jdbc, clock);
		CheckpointStore checkpoints = new CheckpointStore(checkpointDirectory, SIGNING_KEY.clone());
		DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
		AuditChainer chainer = new AuditChainer(jdbc, new TransactionTemplate(transactionManager), clock, 4);
		AuditChainVerifier verifier = new AuditChainVerifier(new ChainWalker(dataSource, transactionManager),
				checkpoints, 10, (event) -> published.add((SecurityEvent) event), clock);
		chain = new AuditChain(chainer, verifier, checkpoints, Duration.ofMinutes(1), clock);
	}

	@AfterEach
	void tearDown() throws SQLException {
		database.close();
	}

	@Test
	void untouchedChainIsValid() {
		appendAndChain(3);
		appendAndChain(7);

		ChainVerification result = chain.verify();

		assertThat(result.status()).isEqualTo(Status.VALID);
		assertThat(result.verifiedEvents()).isEqualTo(10);
		assertThat(result.firstBrokenSequence()).isNull();
		assertThat(result.lastCheckpoint().sequence()).isEqualTo(10);
		assertThat(sequences()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(published).isEmpty();
	}

	@Test
	void chainerLinksOnlyNewEvents() {
		appendAndChain(5);

		assertThat(chain.chainNow()).isZero();
		appendAndChain(2);

		assertThat(sequences()).hasSize(7);
		assertThat(chain.verify().status()).isEqualTo(Status.VALID);
	}

	@Test
	void editedFieldBreaksAtItsSequence() throws SQLException {
		appendAndChain(6);

		database
			.tamper("UPDATE audit_event SET outcome = 'SUCCESS', action = 'EDITED' WHERE id = '" + eventAt(4) + "'");

		assertBroken(4, "HASH_MISMATCH");
	}

	@Test
	void editedDetailsBreakAtTheirSequence() throws SQLException {
		appendAndChain(6);

		database.tamper("UPDATE audit_event SET details = '{\"reason\":\"other\"}' WHERE id = '" + eventAt(2) + "'");

		assertBroken(2, "HASH_MISMATCH");
	}

	@Test
	void deletedMiddleRowBreaksAtGap() throws SQLException {
		appendAndChain(6);
		UUID deleted = eventAt(3);

		database.tamper("DELETE FROM audit_chain WHERE sequence = 3",
				"DELETE FROM audit_event WHERE id = '" + deleted + "'");

		assertBroken(3, "SEQUENCE_GAP");
	}

	@Test
	void relinkedPreviousHashBreaksAtItsSequence() throws SQLException {
		appendAndChain(6);

		database.tamper("UPDATE audit_chain SET previous_hash = '\\x" + "ab".repeat(32) + "' WHERE sequence = 3");

		assertBroken(3, "PREVIOUS_HASH_MISMATCH");
	}

	@Test
	void deletedEventKeepingLinkBreaksAtItsSequence() throws SQLException {
		appendAndChain(6);
		UUID deleted = eventAt(5);

		database.tamper("ALTER TABLE audit_chain DROP CONSTRAINT audit_chain_event_id_fkey",
				"DELETE FROM audit_event WHERE id = '" + deleted + "'");

		assertBroken(5, "EVENT_MISSING");
	}

	@Test
	void swappedRowsBreakAtFirstOfThem() throws SQLException {
		appendAndChain(6);
		UUID second = eventAt(2);
		UUID fifth = eventAt(5);

		database.tamper("""
				UPDATE audit_event a SET occurred_at = b.occurred_at, actor_id = b.actor_id, action = b.action,
				    resource_type = b.resource_type, resource_id = b.resource_id, outcome = b.outcome,
				    details = b.details
				FROM audit_event b
				WHERE (a.id = '%1$s' AND b.id = '%2$s') OR (a.id = '%2$s' AND b.id = '%1$s')
				""".formatted(second, fifth));

		assertBroken(2, "HASH_MISMATCH");
	}

	@Test
	void forgedRowWithRecomputedChainFailsCheckpoint() throws SQLException {
		appendAndChain(3);
		appendAndChain(3);
		List<StoredAuditEvent> tail = storedEvents(4, 6);
		UUID forged = UUID.randomUUID();

		// The attacker inserts an event after sequence 3 and relinks everything from
		// there.
		database.tamper("DELETE FROM audit_chain WHERE sequence >= 4",
				"INSERT INTO audit_event (id, occurred_at, action, outcome) VALUES ('" + forged
						+ "', '2026-03-01T09:00:03.5Z', 'FORGED', 'SUCCESS')");
		List<StoredAuditEvent> relinked = new ArrayList<>();
		relinked.add(storedEvent(forged));
		relinked.addAll(tail);
		byte[] previous = hashAt(3);
		List<String> inserts = new ArrayList<>();
		long sequence = 4;
		for (StoredAuditEvent event : relinked) {
			byte[] hash = ChainHashes.hash(previous, sequence, event);
			inserts.add("INSERT INTO audit_chain VALUES (" + sequence + ", '" + event.id() + "', '\\x"
					+ HexFormat.of().formatHex(previous) + "', '\\x" + HexFormat.of().formatHex(hash) + "', now())");
			previous = hash;
			sequence++;
		}
		database.tamper(inserts.toArray(String[]::new));

		ChainVerification result = assertBroken(4, "CHECKPOINT_HASH_MISMATCH");
		assertThat(result.lastCheckpoint().sequence()).isEqualTo(3);
	}

	@Test
	void cutTailFailsCheckpoint() throws SQLException {
		appendAndChain(6);
		UUID fifth = eventAt(5);
		UUID sixth = eventAt(6);

		database.tamper("DELETE FROM audit_chain WHERE sequence >= 5",
				"DELETE FROM audit_event WHERE id IN ('" + fifth + "', '" + sixth + "')");

		ChainVerification result = assertBroken(5, "CHAIN_SHORTER_THAN_CHECKPOINT");
		assertThat(result.verifiedEvents()).isEqualTo(4);
	}

	@Test
	void forgedCheckpointSignatureIsBroken() throws Exception {
		appendAndChain(3);
		appendAndChain(3);
		Path newest = checkpointFiles().getLast();
		String content = Files.readString(newest);
		String signature = content.replaceAll(".*\"signature\":\"([^\"]+)\".*", "$1");
		byte[] forged = Base64.getDecoder().decode(signature);
		forged[0] ^= 1;

		Files.writeString(newest, content.replace(signature, Base64.getEncoder().encodeToString(forged)),
				StandardCharsets.UTF_8);

		ChainVerification result = assertBroken(4, "CHECKPOINT_SIGNATURE_INVALID");
		assertThat(result.lastCheckpoint().sequence()).isEqualTo(3);
	}

	@Test
	void checkpointFromOtherKeyIsBroken() throws Exception {
		appendAndChain(3);
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		CheckpointStore attacker = new CheckpointStore(checkpointDirectory, otherKey);

		attacker.write(new ChainLink(3, ChainHashes.GENESIS, hashAt(3)), clock.instant().plusSeconds(60));

		assertBroken(4, "CHECKPOINT_SIGNATURE_INVALID");
	}

	@Test
	void triggersRejectChangesBySuperuser() {
		appendAndChain(2);

		for (String statement : List.of("UPDATE audit_event SET action = 'X'", "DELETE FROM audit_event",
				"TRUNCATE audit_event CASCADE", "UPDATE audit_chain SET chained_at = now()", "DELETE FROM audit_chain",
				"TRUNCATE audit_chain")) {
			assertThatThrownBy(() -> database.executeAsSuperuser(statement)).as(statement)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("append-only");
		}
		assertThat(sequences()).hasSize(2);
	}

	@Test
	void applicationRoleCannotChangeChain() {
		appendAndChain(2);

		for (String statement : List.of("UPDATE audit_chain SET chained_at = now()", "DELETE FROM audit_chain",
				"TRUNCATE audit_chain", "UPDATE audit_event SET action = 'X'", "DELETE FROM audit_event")) {
			assertThatThrownBy(() -> database.executeAs("pettoyou_app", statement)).as(statement)
				.isInstanceOf(SQLException.class)
				.extracting((ex) -> ((SQLException) ex).getSQLState())
				.isEqualTo("42501");
		}
	}

	private ChainVerification assertBroken(long firstBroken, String reason) {
		ChainVerification result = chain.verify();
		assertThat(result.status()).isEqualTo(Status.BROKEN);
		assertThat(result.firstBrokenSequence()).isEqualTo(firstBroken);
		assertThat(result.reason()).isEqualTo(reason);
		assertThat(published).hasSize(1);
		SecurityEvent alert = published.get(0);
		assertThat(alert.type()).isEqualTo("AUDIT_CHAIN_BROKEN");
		assertThat(alert.severity()).isEqualTo(SecurityEvent.Severity.CRITICAL);
		assertThat(alert.details()).containsEntry("firstBrokenSequence", String.valueOf(firstBroken));
		return result;
	}

	private void appendAndChain(int count) {
		for (int i = 0; i < count; i++) {
			clock.advance(Duration.ofSeconds(1));
			auditLog.record(AuditEntry.of("TEST_ACTION", AuditOutcome.FAILURE)
				.actor(UUID.randomUUID(), "PET_OWNER")
				.resource("pet", UUID.randomUUID())
				.details(Map.of("reason", "code-" + i, "attempt", String.valueOf(i))));
		}
		chain.chainNow();
	}

	private List<Long> sequences() {
		return database.superuser().sql("SELECT sequence FROM audit_chain ORDER BY sequence").query(Long.class).list();
	}

	private UUID eventAt(long sequence) {
		return database.superuser()
			.sql("SELECT event_id FROM audit_chain WHERE sequence = :sequence")
			.param("sequence", sequence)
			.query(UUID.class)
			.single();
	}

	private byte[] hashAt(long sequence) {
		return database.superuser()
			.sql("SELECT hash FROM audit_chain WHERE sequence = :sequence")
			.param("sequence", sequence)
			.query(byte[].class)
			.single();
	}

	private StoredAuditEvent storedEvent(UUID id) {
		return database.superuser()
			.sql("SELECT " + StoredAuditEvent.COLUMNS + " FROM audit_event e WHERE e.id = :id")
			.param("id", id)
			.query(StoredAuditEvent::map)
			.single();
	}

	private List<StoredAuditEvent> storedEvents(long from, long to) {
		return database.superuser()
			.sql("SELECT " + StoredAuditEvent.COLUMNS + " FROM audit_chain c JOIN audit_event e ON e.id = c.event_id "
					+ "WHERE c.sequence BETWEEN :from AND :to ORDER BY c.sequence")
			.param("from", from)
			.param("to", to)
			.query(StoredAuditEvent::map)
			.list();
	}

	private List<Path> checkpointFiles() throws Exception {
		try (Stream<Path> files = Files.list(checkpointDirectory)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("checkpoint-")).sorted().toList();
		}
	}

}
