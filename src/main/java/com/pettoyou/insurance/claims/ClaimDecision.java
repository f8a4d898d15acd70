package com.pettoyou.insurance.claims;

import java.util.UUID;

/**
 * A claim's state after an adjuster's action. Amounts are whole won.
 *
 * @param approvedAmount the approved part of the total, or {@code null} unless approved
 * @param payoutAmount what the policy pays, or {@code null} unless approved
 */
public record ClaimDecision(UUID id, ClaimStatus status, Long approvedAmount, Long payoutAmount) {

	static ClaimDecision of(StoredClaim claim) {
		return new ClaimDecision(claim.id(), claim.status(), claim.approvedAmount(), claim.payoutAmount());
	}

}
