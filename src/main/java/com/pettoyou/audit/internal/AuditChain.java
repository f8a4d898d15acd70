package com.pettoyou.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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

	private final AtomicReference<Run> newest = new AtomicReference<>();

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
		return verifyWithCheck().result();
	}

	/**
	 * Verifies the chain and the newest checkpoints and returns this run's outcome in
	 * both forms. The kept outcome is replaced only by a run that started later, so a
	 * slow older run that finishes last does not hide a newer one.
	 */
	Verified verifyWithCheck() {
		Instant started = this.clock.instant();
		ChainVerification result = this.verifier.verify();
		ChainCheck check = new ChainCheck(result.status() == ChainVerification.Status.VALID, result.verifiedEvents(),
				result.firstBrokenSequence(), this.clock.instant());
		this.newest.accumulateAndGet(new Run(started, check),
				(kept, next) -> (kept == null || !next.started().isBefore(kept.started())) ? next : kept);
		return new Verified(result, check);
	}

	/** Returns the newest verification of this instance, or empty before the first. */
	Optional<ChainCheck> lastCheck() {
		return Optional.ofNullable(this.newest.get()).map(Run::check);
	}

	/**
	 * One verification's outcome, as the API reports it and as monitoring keeps it.
	 *
	 * @param result the full outcome
	 * @param check the summary
	 */
	record Verified(ChainVerification result, ChainCheck check) {
	}

	private record Run(Instant started, ChainCheck check) {
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
