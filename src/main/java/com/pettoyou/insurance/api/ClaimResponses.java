package com.pettoyou.insurance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.pettoyou.insurance.ClaimType;
import com.pettoyou.insurance.claims.Claim;
import com.pettoyou.insurance.claims.ClaimStatus;
import com.pettoyou.insurance.claims.CostLine;
import com.pettoyou.insurance.claims.FraudFlag;

/**
 * The shapes in which claims leave the API. Claimants get their own claims without the
 * fraud flags, the reviewer or the internal note; adjusters get all of it. Amounts are
 * whole won.
 */
final class ClaimResponses {

	private ClaimResponses() {
	}

	/** A claim in a claimant's list. */
	record ClaimantSummary(UUID id, UUID policyId, UUID petId, ClaimType claimType, LocalDate incidentDate,
			long totalClaimAmount, ClaimStatus status, boolean reviewRequired, Long approvedAmount, Long payoutAmount,
			Instant createdAt) {

		static ClaimantSummary of(Claim claim) {
			return new ClaimantSummary(claim.id(), claim.policyId(), claim.petId(), claim.claimType(),
					claim.incidentDate(), claim.totalClaimAmount(), claim.status(), claim.reviewRequired(),
					claim.approvedAmount(), claim.payoutAmount(), claim.createdAt());
		}

	}

	/** A claimant's own claim with its content. */
	record ClaimantDetail(UUID id, UUID policyId, UUID petId, ClaimType claimType, LocalDate incidentDate,
			String diagnosis, long totalClaimAmount, List<CostLineResponse> costBreakdown, List<UUID> healthNoteIds,
			List<UUID> documentIds, ClaimStatus status, boolean reviewRequired, Long approvedAmount, Long payoutAmount,
			String rejectionReason, Instant createdAt, Instant decidedAt, Instant paidAt) {

		static ClaimantDetail of(Claim claim) {
			return new ClaimantDetail(claim.id(), claim.policyId(), claim.petId(), claim.claimType(),
					claim.incidentDate(), claim.diagnosis(), claim.totalClaimAmount(),
					CostLineResponse.of(claim.costBreakdown()), claim.healthNoteIds(), claim.documentIds(),
					claim.status(), claim.reviewRequired(), claim.approvedAmount(), claim.payoutAmount(),
					claim.rejectionReason(), claim.createdAt(), claim.decidedAt(), claim.paidAt());
		}

	}

	/** A claim in an adjuster's list, with the rules that flagged it. */
	record ReviewSummary(UUID id, UUID claimantId, UUID policyId, UUID petId, ClaimType claimType,
			LocalDate incidentDate, long totalClaimAmount, ClaimStatus status, boolean reviewRequired,
			List<FraudFlag> fraudFlags, Long approvedAmount, Long payoutAmount, Instant createdAt) {

		static ReviewSummary of(Claim claim) {
			return new ReviewSummary(claim.id(), claim.claimantId(), claim.policyId(), claim.petId(), claim.claimType(),
					claim.incidentDate(), claim.totalClaimAmount(), claim.status(), claim.reviewRequired(),
					claim.fraudFlags(), claim.approvedAmount(), claim.payoutAmount(), claim.createdAt());
		}

	}

	/** A claim as an adjuster reviews it. */
	record ReviewDetail(UUID id, UUID claimantId, UUID policyId, UUID petId, ClaimType claimType,
			LocalDate incidentDate, String diagnosis, long totalClaimAmount, List<CostLineResponse> costBreakdown,
			List<UUID> healthNoteIds, List<UUID> documentIds, ClaimStatus status, boolean reviewRequired,
			List<FraudFlag> fraudFlags, UUID reviewerId, Long approvedAmount, Long payoutAmount, String note,
			String rejectionReason, Instant createdAt, Instant reviewedAt, Instant decidedAt, Instant paidAt) {

		static ReviewDetail of(Claim claim) {
			return new ReviewDetail(claim.id(), claim.claimantId(), claim.policyId(), claim.petId(), claim.claimType(),
					claim.incidentDate(), claim.diagnosis(), claim.totalClaimAmount(),
					CostLineResponse.of(claim.costBreakdown()), claim.healthNoteIds(), claim.documentIds(),
					claim.status(), claim.reviewRequired(), claim.fraudFlags(), claim.reviewerId(),
					claim.approvedAmount(), claim.payoutAmount(), claim.decisionNote(), claim.rejectionReason(),
					claim.createdAt(), claim.reviewedAt(), claim.decidedAt(), claim.paidAt());
		}

	}

	/** One line of a cost breakdown. */
	record CostLineResponse(String item, long amount) {

		static List<CostLineResponse> of(List<CostLine> lines) {
			return lines.stream().map((line) -> new CostLineResponse(line.item(), line.amount())).toList();
		}

	}

}
