package com.pettoyou.audit.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import com.pettoyou.audit.internal.ChainVerification.CheckpointSummary;
import com.pettoyou.audit.internal.ChainVerification.Status;
import com.pettoyou.audit.internal.LinkChecker.Walk;
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

	private final ChainWalker walker;

	private final CheckpointStore checkpoints;

	private final int checkpointsVerified;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Creates the verifier.
	 * @param checkpoints the checkpoint store, or {@code null} when no signing key is
	 * configured
	 */
	AuditChainVerifier(ChainWalker walker, CheckpointStore checkpoints, int checkpointsVerified,
			ApplicationEventPublisher events, Clock clock) {
		this.walker = walker;
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
		Walk walk = this.walker.walk(checkpointSequences);
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

}
