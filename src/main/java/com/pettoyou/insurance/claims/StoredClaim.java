package com.pettoyou.insurance.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.pettoyou.crypto.EncryptedValue;
import com.pettoyou.insurance.ClaimType;

/**
 * A row of {@code insurance_claim} as stored, with its diagnosis and cost breakdown still
 * encrypted. Amounts are whole won.
 *
 * @param reviewerId the adjuster who took the claim up or decided it, or {@code null}
 * @param approvedAmount the approved part of the total, or {@code null} unless approved
 * @param payoutAmount what the policy pays for the approved amount, or {@code null}
 * unless approved
 * @param decisionNote the adjuster's internal note on approval, or {@code null}
 * @param rejectionReason the reason given to the claimant, or {@code null} unless
 * rejected
 */
record StoredClaim(UUID id, UUID claimantId, UUID policyId, UUID petId, ClaimType type, LocalDate incidentDate,
		EncryptedValue diagnosis, EncryptedValue costBreakdown, long totalClaimAmount, boolean reviewRequired,
		List<FraudFlag> fraudFlags, ClaimStatus status, UUID reviewerId, Long approvedAmount, Long payoutAmount,
		String decisionNote, String rejectionReason, Instant createdAt, Instant updatedAt, Instant reviewedAt,
		Instant decidedAt, Instant paidAt, long version) {

	StoredClaim {
		fraudFlags = List.copyOf(fraudFlags);
	}

	@Override
	public String toString() {
		return "StoredClaim[id=" + id + ", type=" + type + ", status=" + status + "]";
	}

}
