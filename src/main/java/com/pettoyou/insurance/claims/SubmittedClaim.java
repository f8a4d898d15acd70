package com.pettoyou.insurance.claims;

import java.util.UUID;

/**
 * The outcome of a submission as returned to the claimant.
 *
 * @param reviewRequired whether a rule asked for a manual review; the rules themselves
 * are shown to adjusters only
 */
public record SubmittedClaim(UUID id, ClaimStatus status, boolean reviewRequired) {

}
