package com.pettoyou.insurance.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.pettoyou.insurance.ClaimType;

/**
 * A claim with its clinical text decrypted. Amounts are whole won. The controller shows
 * claimants a subset of it; the fraud flags, the reviewer and the decision note are for
 * adjusters only.
 *
 * @param diagnosis the cleaned diagnosis, or {@code null} in lists
 * @param costBreakdown the cost lines, or {@code null} in lists
 * @param healthNoteIds the cited health notes, or {@code null} in lists
 * @param documentIds the attached documents, or {@code null} in lists
 * @param approvedAmount the approved part of the total, or {@code null} unless approved
 * @param payoutAmount what the policy pays, or {@code null} unless approved
 * @param decisionNote the adjuster's internal note, or {@code null}
 * @param rejectionReason the reason given to the claimant, or {@code null}
 */
public record Claim(UUID id, UUID claimantId, UUID policyId, UUID petId, ClaimType claimType, LocalDate incidentDate,
		String diagnosis, List<CostLine> costBreakdown, List<UUID> healthNoteIds, List<UUID> documentIds,
		long totalClaimAmount, boolean reviewRequired, List<FraudFlag> fraudFlags, ClaimStatus status, UUID reviewerId,
		Long approvedAmount, Long payoutAmount, String decisionNote, String rejectionReason, Instant createdAt,
		Instant reviewedAt, Instant decidedAt, Instant paidAt) {

	@Override
	public String toString() {
		return "Claim[id=" + id + ", claimType=" + claimType + ", status=" + status + "]";
	}

}
