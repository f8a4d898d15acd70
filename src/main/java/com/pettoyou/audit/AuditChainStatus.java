package com.pettoyou.audit;

import java.time.Instant;
import java.util.Optional;

import com.pettoyou.common.Actor;

/**
 * The audit chain's verification state, for monitoring and the security console.
 */
public interface AuditChainStatus {

	/**
	 * Links every committed event into the chain, verifies the whole chain and records
	 * the verification as an audit event of the auditor. This reads every event.
	 */
	ChainCheck verifyNow(Actor auditor);

	/**
	 * Returns the newest verification that this instance ran, on schedule or on demand,
	 * or empty before the first one.
	 */
	Optional<ChainCheck> lastCheck();

	/**
	 * The outcome of one verification.
	 *
	 * @param valid whether every link and the newest checkpoints matched
	 * @param verifiedEvents links checked before the first break
	 * @param firstBrokenSequence the lowest untrusted sequence, or {@code null} when
	 * valid
	 * @param checkedAt when the verification finished
	 */
	record ChainCheck(boolean valid, long verifiedEvents, Long firstBrokenSequence, Instant checkedAt) {

		/** Returns {@code VALID} or {@code BROKEN}, as the verification endpoint does. */
		public String status() {
			return this.valid ? "VALID" : "BROKEN";
		}

	}

}
