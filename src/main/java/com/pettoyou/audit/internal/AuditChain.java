package com.pettoyou.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import com.pettoyou.audit.AuditChainStatus.ChainCheck;

/**
 * Runs chaining, checkpoints and verification, on schedule and on demand. Scheduled runs
 * write a checkpoint at most once per {@code pettoyou.audit.checkpoint-interval}, and
 * only when the head has moved; {@link #chainNow()} always writes one for a new head.
 */
class AuditChain {

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

	private final AuditChainer chainer;

	private final AuditChainVerifier verifier;

	private final CheckpointStore checkpoints;

	private final Duration checkpointInterval;

	private final Clock clock;

	private Instant lastCheckpointAt;

	private long lastCheckpointSequence;

	private volatile ChainCheck lastCheck;

	AuditChain(AuditChainer chainer, AuditChainVerifier verifier, CheckpointStore checkpoints,
			Duration checkpointInterval, Clock clock) {
		this.chainer = chainer;
		this.verifier = verifier;
		this.checkpoints = checkpoints;
		this.checkpointInterval = checkpointInterval;
		this.clock = clock;
	}

	/**
	 * Links every committed unchained event, waiting while another instance chains, and
	 * writes a checkpoint of the new head.
	 * @return the number of events linked
	 */
	synchronized int chainNow() {
		int linked = this.chainer.chainPending(true);
		checkpoint(true);
		return linked;
	}

	/** Verifies the chain and the newest checkpoints, and keeps the outcome. */
	ChainVerification verify() {
		ChainVerification result = this.verifier.verify();
		this.lastCheck = new ChainCheck(result.status() == ChainVerification.Status.VALID, result.verifiedEvents(),
				result.firstBrokenSequence(), this.clock.instant());
		return result;
	}

	/** Returns the newest verification of this instance, or empty before the first. */
	Optional<ChainCheck> lastCheck() {
		return Optional.ofNullable(this.lastCheck);
	}

	@Scheduled(initialDelayString = "${pettoyou.audit.chain-interval:PT5S}",
			fixedDelayString = "${pettoyou.audit.chain-interval:PT5S}")
	synchronized void scheduledChaining() {
		try {
			this.chainer.chainPending(false);
			checkpoint(false);
		}
		catch (RuntimeException ex) {
			log.error("Scheduled audit chaining failed; the next run retries", ex);
		}
	}

	@Scheduled(initialDelayString = "${pettoyou.audit.verification-interval:PT1H}",
			fixedDelayString = "${pettoyou.audit.verification-interval:PT1H}")
	void scheduledVerification() {
		try {
			verify();
		}
		catch (RuntimeException ex) {
			log.error("Scheduled audit chain verification failed; the next run retries", ex);
		}
	}

	private void checkpoint(boolean always) {
		if (this.checkpoints == null) {
			return;
		}
		Optional<ChainLink> head = this.chainer.head();
		if (head.isEmpty() || head.get().sequence() == this.lastCheckpointSequence) {
			return;
		}
		Instant now = this.clock.instant();
		boolean due = this.lastCheckpointAt == null
				|| !now.isBefore(this.lastCheckpointAt.plus(this.checkpointInterval));
		if (always || due) {
			Checkpoint written = this.checkpoints.write(head.get(), now);
			this.lastCheckpointAt = now;
			this.lastCheckpointSequence = written.sequence();
			log.info("Wrote audit checkpoint at sequence {}", written.sequence());
		}
	}

}
