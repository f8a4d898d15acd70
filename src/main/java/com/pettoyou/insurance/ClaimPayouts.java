package com.pettoyou.insurance;

import java.time.Instant;
import java.util.UUID;

/**
 * Claims as the payments module settles them: it reports each payout that succeeded, and
 * the claim becomes {@code PAID}. The call joins the caller's transaction.
 */
public interface ClaimPayouts {

	/**
	 * Marks an approved claim as paid and audits it as {@code CLAIM_PAID}.
	 * @return whether the claim was approved and is now paid; {@code false} leaves the
	 * claim unchanged
	 */
	boolean markPaid(UUID claimId, UUID payoutId, Instant paidAt);

}
