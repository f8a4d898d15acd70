package com.pettoyou.audit.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.audit.internal.AuditComponents;
import com.pettoyou.audit.internal.AuditDatabase;
import com.pettoyou.local.LocalServices.RoleLogin;

/**
 * Measures audit appends per second with 1, 8 and 64 concurrent writers, while a chainer
 * links events in the background, against plain single-row INSERTs into a table of the
 * same shape, in the same run on one PostgreSQL. Then times three full verifications and
 * reports the verifier's events per second for each and their median. Surefire does not
 * run it, because its name does not end in Test. The command and the recorded figures are
 * in {@code docs/benchmarks.md}.
 * <p>
 * Optional argument: seconds per measurement (default 5).
 */
public final class AuditBenchmark {

	private static final int[] WRITERS = { 1, 8, 64 };

	/** Full verifications timed after the append phases; the median is reported. */
	private static final int VERIFICATIONS = 3;

	private AuditBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Duration phase = Duration.ofSeconds((args.length > 0) ? Long.parseLong(args[0]) : 5);
		Path checkpoints = Files.createTempDirectory("audit-benchmark-checkpoints");
		try (AuditDatabase database = AuditDatabase.create(); HikariDataSource pool = pool(database.appLogin())) {
			database.executeAsSuperuser("CREATE TABLE audit_baseline (LIKE audit_event INCLUDING ALL)");
			database.executeAsSuperuser("GRANT SELECT, INSERT ON audit_baseline TO pettoyou_app");
			JdbcClient jdbc = JdbcClient.create(pool);
			byte[] key = new byte[32];
			new java.security.SecureRandom().nextBytes(key);
			AuditComponents audit = new AuditComponents(pool, Clock.systemUTC(), checkpoints, key, (event) -> {
			});
			System.out.printf("PostgreSQL %s, %d processors, %d s per measurement%n",
					jdbc.sql("SHOW server_version").query(String.class).single(),
					Runtime.getRuntime().availableProcessors(), phase.toSeconds());
			System.out.printf("%-8s %16s %16s %8s%n", "writers", "baseline/s", "audit/s", "ratio");
			for (int writers : WRITERS) {
				double baseline = measure(writers, phase, () -> insertBaseline(jdbc), null);
				double chained = measure(writers, phase, () -> appendAudit(audit.auditLog()), audit);
				System.out.printf("%-8d %16.0f %16.0f %8.2f%n", writers, baseline, chained, chained / baseline);
			}
			long drainStart = System.nanoTime();
			audit.chainNow();
			System.out.printf("Final chaining of the remaining backlog: %.2f s%n",
					(System.nanoTime() - drainStart) / 1e9);
			double[] rates = new double[VERIFICATIONS];
			for (int i = 0; i < VERIFICATIONS; i++) {
				long verifyStart = System.nanoTime();
				long verified = audit.verify();
				double seconds = (System.nanoTime() - verifyStart) / 1e9;
				rates[i] = verified / seconds;
				System.out.printf("Verifier run %d: %d events in %.2f s = %.0f events/s%n", i + 1, verified, seconds,
						rates[i]);
			}
			Arrays.sort(rates);
			System.out.printf("Verifier median: %.0f events/s%n", rates[VERIFICATIONS / 2]);
		}
		finally {
			FileSystemUtils.deleteRecursively(checkpoints);
		}
	}

	/**
	 * Runs the operation from {@code writers} threads for the given time and returns
	 * operations per second. With a chainer, a background thread chains while writers
	 * run.
	 */
	private static double measure(int writers, Duration phase, Runnable operation, AuditComponents chainer)
			throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		Thread chaining = null;
		if (chainer != null) {
			chaining = Thread.ofPlatform().name("benchmark-chainer").start(() -> {
				while (running.get()) {
					chainer.chainOnce();
				}
			});
		}
		long deadline = System.nanoTime() + phase.toNanos();
		long started = System.nanoTime();
		List<Future<Long>> counts = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
			for (int i = 0; i < writers; i++) {
				counts.add(pool.submit(() -> {
					long done = 0;
					while (System.nanoTime() < deadline) {
						operation.run();
						done++;
					}
					return done;
				}));
			}
			long total = 0;
			for (Future<Long> count : counts) {
				total += count.get();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			return total / seconds;
		}
		finally {
			running.set(false);
			if (chaining != null) {
				chaining.join();
			}
		}
	}

	private static void appendAudit(AuditLog auditLog) {
		auditLog.record(AuditEntry.of("BENCHMARK", AuditOutcome.SUCCESS)
			.actor(UUID.randomUUID(), "PET_OWNER")
			.resource("pet", UUID.randomUUID())
			.details(Map.of("reason", "benchmark")));
	}

	private static void insertBaseline(JdbcClient jdbc) {
		jdbc.sql("""
				INSERT INTO audit_baseline (id, occurred_at, actor_id, actor_role, action, resource_type, resource_id,
				    outcome, client_address, user_agent, correlation_id, details)
				VALUES (:id, :occurredAt, :actorId, :actorRole, :action, :resourceType, :resourceId,
				    :outcome, :clientAddress, :userAgent, :correlationId, CAST(:details AS jsonb))
				""")
			.param("id", UUID.randomUUID())
			.param("occurredAt", OffsetDateTime.now(ZoneOffset.UTC))
			.param("actorId", UUID.randomUUID())
			.param("actorRole", "PET_OWNER")
			.param("action", "BENCHMARK")
			.param("resourceType", "pet")
			.param("resourceId", UUID.randomUUID().toString())
			.param("outcome", "SUCCESS")
			.param("clientAddress", null)
			.param("userAgent", null)
			.param("correlationId", null)
			.param("details", "{\"reason\":\"benchmark\"}")
			.update();
	}

	private static HikariDataSource pool(RoleLogin login) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(login.url());
		config.setUsername(login.user());
		config.setPassword(login.password());
		config.setMaximumPoolSize(70);
		return new HikariDataSource(config);
	}

}
