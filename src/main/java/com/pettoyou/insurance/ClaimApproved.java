package com.pettoyou.insurance;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that approves a claim. The payments module creates the
 * claim's payout in that transaction, so an approval never commits without its payout,
 * and sends the payout once the approval has committed.
 *
 * @param claimId the approved claim
 * @param claimantId the policyholder who submitted the claim and receives the payout
 * @param payoutAmount whole won to pay, at least 1 and at most the approved amount
 * @param approvedAt when the claim was approved
 */
public record ClaimApproved(UUID claimId, UUID claimantId, long payoutAmount, Instant approvedAt) {

}
