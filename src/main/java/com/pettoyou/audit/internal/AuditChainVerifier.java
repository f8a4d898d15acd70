package com.pettoyou.audit.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.audit.internal.ChainVerification.CheckpointSummary;
import com.pettoyou.audit.internal.ChainVerification.Status;
import com.pettoyou.audit.internal.CheckpointStore.StoredCheckpoint;
import com.pettoyou.common.SecurityEvent;

/**
 * Walks {@code audit_chain} in sequence order and recomputes every hash from the current
 * {@code audit_event} row, then checks the newest signed checkpoints against the chain.
 * <p>
 * The walk finds an edited or swapped event (hash mismatch), a deleted link (sequence
 * gap) and a relinked row (previous hash mismatch). An attacker who rewrites the chain
 * from some point on and recomputes every later hash passes the walk, but not the
 * checkpoints: a checkpoint whose hash differs from the chain, or whose sequence lies
 * beyond the last link, shows the rewrite or the cut. Everything after the newest
 * checkpoint that still matches is then untrusted, so that checkpoint's sequence plus one
 * is reported as the first broken sequence.
 */
class AuditChainVerifier {

	/** Type of the {@link SecurityEvent} published when verification finds a break. */
	static final String CHAIN_BROKEN = "AUDIT_CHAIN_BROKEN";

	private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);

	private static final int PAGE_SIZE = 1000;

	private final JdbcClient jdbc;

	private final CheckpointStore checkpoints;

	private final int checkpointsVerified;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Creates the verifier.
	 * @param checkpoints the checkpoint store, or {@code null} when no signing key is
	 * configured
	 */
	AuditChainVerifier(JdbcClient jdbc, CheckpointStore checkpoints, int checkpointsVerified,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.checkpoints = checkpoints;
		this.checkpointsVerified = checkpointsVerified;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Verifies the whole chain and the newest checkpoints. A break is logged at ERROR and
	 * published as a CRITICAL {@link SecurityEvent}.
	 */
	ChainVerification verify() {
		List<StoredCheckpoint> stored = (this.checkpoints != null) ? this.checkpoints.newest(this.checkpointsVerified)
				: List.of();
		Set<Long> checkpointSequences = stored.stream()
			.filter((entry) -> entry.checkpoint() != null)
			.map((entry) -> entry.checkpoint().sequence())
			.collect(Collectors.toSet());
		Walk walk = walk(checkpointSequences);
		ChainVerification result = checkCheckpoints(walk, stored);
		if (result.status() == Status.BROKEN) {
			log.error("Audit chain is broken at sequence {} ({}) after {} verified events",
					result.firstBrokenSequence(), result.reason(), result.verifiedEvents());
			this.events.publishEvent(new SecurityEvent(CHAIN_BROKEN, SecurityEvent.Severity.CRITICAL, null, null,
					this.clock.instant(), Map.of("firstBrokenSequence", String.valueOf(result.firstBrokenSequence()),
							"reason", result.reason())));
		}
		else {
			log.info("Audit chain verified: {} events valid", result.verifiedEvents());
		}
		return result;
	}

	private Walk walk(Set<Long> checkpointSequences) {
		Walk walk = new Walk();
		byte[] previous = ChainHashes.GENESIS;
		long expected = 1;
		while (true) {
			List<Row> page = this.jdbc
				.sql("SELECT c.sequence, c.previous_hash, c.hash, " + StoredAuditEvent.COLUMNS + """
						 FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id
						WHERE c.sequence >= :from
						ORDER BY c.sequence
						LIMIT :limit""")
				.param("from", expected)
				.param("limit", PAGE_SIZE)
				.query((row, n) -> new Row(
						new ChainLink(row.getLong("sequence"), row.getBytes("previous_hash"), row.getBytes("hash")),
						(row.getObject("id") != null) ? StoredAuditEvent.map(row, n) : null))
				.list();
			for (Row row : page) {
				ChainLink link = row.link();
				String problem = check(expected, previous, row);
				if (problem != null) {
					walk.fail(Math.min(expected, link.sequence()), problem);
					return walk;
				}
				if (checkpointSequences.contains(link.sequence())) {
					walk.hashes.put(link.sequence(), HexFormat.of().formatHex(link.hash()));
				}
				walk.verified++;
				previous = link.hash();
				expected++;
			}
			if (page.size() < PAGE_SIZE) {
				return walk;
			}
		}
	}

	private static String check(long expected, byte[] previous, Row row) {
		ChainLink link = row.link();
		if (link.sequence() != expected) {
			return "SEQUENCE_GAP";
		}
		if (row.event() == null) {
			return "EVENT_MISSING";
		}
		if (!Arrays.equals(previous, link.previousHash())) {
			return "PREVIOUS_HASH_MISMATCH";
		}
		if (!Arrays.equals(ChainHashes.hash(previous, link.sequence(), row.event()), link.hash())) {
			return "HASH_MISMATCH";
		}
		return null;
	}

	private ChainVerification checkCheckpoints(Walk walk, List<StoredCheckpoint> stored) {
		long trustedUpTo = 0;
		Checkpoint lastGood = null;
		Long broken = walk.firstBroken;
		String reason = walk.reason;
		for (StoredCheckpoint entry : stored) {
			Checkpoint checkpoint = entry.checkpoint();
			String problem = null;
			long brokenAt = trustedUpTo + 1;
			if (checkpoint == null || !entry.signatureValid()) {
				problem = "CHECKPOINT_SIGNATURE_INVALID";
			}
			else if (walk.firstBroken == null && checkpoint.sequence() > walk.verified) {
				problem = "CHAIN_SHORTER_THAN_CHECKPOINT";
				brokenAt = walk.verified + 1;
			}
			else if (walk.hashes.containsKey(checkpoint.sequence())
					&& !walk.hashes.get(checkpoint.sequence()).equals(checkpoint.hash())) {
				problem = "CHECKPOINT_HASH_MISMATCH";
			}
			if (problem != null) {
				log.error("Audit checkpoint {} failed verification: {}", entry.file(), problem);
				if (broken == null || brokenAt < broken) {
					broken = brokenAt;
					reason = problem;
				}
				break;
			}
			if (walk.hashes.containsKey(checkpoint.sequence())) {
				trustedUpTo = checkpoint.sequence();
				lastGood = checkpoint;
			}
		}
		CheckpointSummary summary = (lastGood != null) ? CheckpointSummary.of(lastGood) : null;
		if (broken == null) {
			return new ChainVerification(Status.VALID, walk.verified, null, null, summary);
		}
		return new ChainVerification(Status.BROKEN, Math.min(walk.verified, broken - 1), broken, reason, summary);
	}

	private record Row(ChainLink link, StoredAuditEvent event) {

	}

	/** Progress of one walk over the chain. */
	private static final class Walk {

		private long verified;

		private Long firstBroken;

		private String reason;

		private final Map<Long, String> hashes = new HashMap<>();

		void fail(long sequence, String problem) {
			this.firstBroken = sequence;
			this.reason = problem;
		}

	}

}
