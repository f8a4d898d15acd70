package com.pettoyou.insurance.claims;

import java.util.Set;

/**
 * The states of a claim. A claim moves {@code SUBMITTED} → {@code IN_REVIEW} →
 * {@code APPROVED} → {@code PAID}, or to {@code REJECTED} from {@code SUBMITTED} or
 * {@code IN_REVIEW}; no other move is allowed.
 */
public enum ClaimStatus {

	/** Submitted by the policyholder and not yet taken up by an adjuster. */
	SUBMITTED,

	/** An adjuster is reviewing it. */
	IN_REVIEW,

	/** Approved with an amount; its payout is pending. */
	APPROVED,

	/** Its payout succeeded. */
	PAID,

	/** Rejected with a reason. */
	REJECTED;

	/** Returns whether a claim in this state may move to the given one. */
	public boolean canMoveTo(ClaimStatus next) {
		return switch (this) {
			case SUBMITTED -> Set.of(IN_REVIEW, REJECTED).contains(next);
			case IN_REVIEW -> Set.of(APPROVED, REJECTED).contains(next);
			case APPROVED -> next == PAID;
			case PAID, REJECTED -> false;
		};
	}

}
