package com.pettoyou.audit.internal;

import java.time.Instant;

/**
 * Outcome of one verification of the audit chain.
 *
 * @param status {@code VALID} or {@code BROKEN}
 * @param verifiedEvents links whose hashes were recomputed and matched before the first
 * break
 * @param firstBrokenSequence the lowest sequence that can no longer be trusted, or
 * {@code null} when the chain is valid
 * @param reason a short code for the first problem found, or {@code null} when valid
 * @param lastCheckpoint the newest checkpoint with a valid signature that matches the
 * chain, or {@code null}
 */
record ChainVerification(Status status, long verifiedEvents, Long firstBrokenSequence, String reason,
		CheckpointSummary lastCheckpoint) {

	enum Status {

		VALID, BROKEN

	}

	/**
	 * A checkpoint as reported to clients.
	 *
	 * @param sequence the link it vouches for
	 * @param hash that link's hash, lower-case hex
	 * @param signedAt when it was signed
	 */
	record CheckpointSummary(long sequence, String hash, Instant signedAt) {

		static CheckpointSummary of(Checkpoint checkpoint) {
			return new CheckpointSummary(checkpoint.sequence(), checkpoint.hash(), checkpoint.signedAt());
		}

	}

}
