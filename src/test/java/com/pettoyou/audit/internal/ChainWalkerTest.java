package com.pettoyou.audit.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.audit.internal.LinkChecker.StoredLink;
import com.pettoyou.audit.internal.LinkChecker.Walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming walk on a database of its own: it recomputes the chainer's hashes for
 * every value PostgreSQL can store, and finds breaks beyond the first fetch and batch.
 */
class ChainWalkerTest {

	private static final int LONG_CHAIN = 3 * ChainWalker.FETCH_SIZE - 7;

	AuditDatabase database;

	AuditChainer chainer;

	ChainWalker walker;

	@BeforeEach
	void setUp() throws SQLException {
		database = AuditDatabase.create();
		DataSource dataSource = database.appDataSource();
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
		Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
		chainer = new AuditChainer(JdbcClient.create(dataSource), new TransactionTemplate(transactions), clock,
				ChainWalker.FETCH_SIZE);
		walker = new ChainWalker(dataSource, transactions);
	}

	@AfterEach
	void tearDown() throws SQLException {
		database.close();
	}

	@Test
	void unusualStoredValuesVerify() throws SQLException {
		List<String> rows = List.of(
				"'2026-03-01 09:00:00.123456+00', 'PET_OWNER', 'pet', '{\"reason\": \"code-1\", \"attempt\": \"1\"}'",
				"'2026-03-01 09:00:01+00', NULL, NULL, '{}'",
				"'2026-03-01 09:00:02+09', '\uAD00\uB9AC\uC790', '\u00e9\uD83D\uDE00', '{\"note\": \"\u00e9\\u0001\\t\\\"\\\\\"}'",
				"'2026-03-01 09:00:03+00', 'x', 'y', '{\"n\": 1.50, \"big\": 12345678901234567890, \"list\": [1, {\"b\": true, \"a\": null}]}'",
				"'2026-03-01 09:00:04+00', 'x', 'y', '{\"\uFF21\": \"1\", \"\uD83D\uDE00\": \"2\", \"B\": \"3\", \"ab\": \"4\"}'",
				"'0044-03-15 12:00:00.000001+00 BC', NULL, NULL, '{}'", "'10000-01-01 00:00:00+00', NULL, NULL, '{}'",
				"'infinity', NULL, NULL, '{}'", "'-infinity', NULL, NULL, '{}'",
				"'1969-12-31 23:59:59.999999+00', 'a\tb', ' ', '[\"not\", \"an\", \"object\"]'");
		for (String row : rows) {
			database.executeAsSuperuser("""
					INSERT INTO audit_event (id, occurred_at, actor_role, resource_id, details, action, outcome,
					    client_address, user_agent)
					VALUES (gen_random_uuid(), %s, 'ODD_VALUES', 'SUCCESS', '::1', 'agent "quoted"')""".formatted(row));
		}

		chainer.chainPending(true);
		Walk walk = walker.walk(Set.of());

		assertThat(walk.firstBroken).as(walk.reason).isNull();
		assertThat(walk.verified).isEqualTo(rows.size());
	}

	@Test
	void breaksFoundBeyondFirstFetch() throws SQLException {
		database.executeAsSuperuser("""
				INSERT INTO audit_event (id, occurred_at, actor_id, actor_role, action, resource_type, resource_id,
				    outcome, details)
				SELECT gen_random_uuid(), timestamptz '2026-03-01 09:00:00+00' + i * interval '1 millisecond',
				    gen_random_uuid(), 'PET_OWNER', 'BULK', 'pet', i::text, 'SUCCESS',
				    jsonb_build_object('reason', 'bulk', 'index', i::text)
				FROM generate_series(1, %d) i""".formatted(LONG_CHAIN));
		chainer.chainPending(true);
		long late = LONG_CHAIN - 3;
		long early = 2;

		Walk intact = walker.walk(Set.of((long) ChainWalker.FETCH_SIZE, (long) LONG_CHAIN));
		database.tamper(editAction(late));
		Walk lateBreak = walker.walk(Set.of());
		database.tamper(editAction(early));
		Walk earlyBreak = walker.walk(Set.of());

		assertThat(intact.firstBroken).isNull();
		assertThat(intact.verified).isEqualTo(LONG_CHAIN);
		assertThat(intact.hashes).containsOnlyKeys((long) ChainWalker.FETCH_SIZE, (long) LONG_CHAIN);
		assertThat(lateBreak.firstBroken).isEqualTo(late);
		assertThat(lateBreak.reason).isEqualTo("HASH_MISMATCH");
		assertThat(lateBreak.verified).isEqualTo(late - 1);
		assertThat(earlyBreak.firstBroken).isEqualTo(early);
		assertThat(earlyBreak.verified).isEqualTo(early - 1);
	}

	@Test
	void checkingFailureIsRaised() {
		StoredLink unparsable = new StoredLink(1, "00".repeat(32).getBytes(), "00".repeat(32).getBytes(),
				UUID.randomUUID().toString().getBytes(), Instant.EPOCH, new byte[11][], "{\"open\": ".getBytes());

		try (HashingPipeline pipeline = new HashingPipeline(new LinkChecker(Set.of()))) {
			pipeline.submit(List.of(unparsable));

			assertThatThrownBy(pipeline::finish).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Checking the audit chain failed");
		}
	}

	private static String editAction(long sequence) {
		return "UPDATE audit_event SET action = 'EDITED' WHERE id = (SELECT event_id FROM audit_chain WHERE sequence = "
				+ sequence + ")";
	}

}
