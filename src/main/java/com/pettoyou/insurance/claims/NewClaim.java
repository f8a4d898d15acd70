package com.pettoyou.insurance.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.pettoyou.insurance.ClaimType;

/**
 * A claim as the claimant sent it, after the request's own checks; the diagnosis and the
 * item names are not yet cleaned. Amounts are whole won.
 *
 * @param healthNoteIds health notes of the insured pet that the claim cites, possibly
 * empty
 * @param documentIds uploaded documents to attach, possibly empty
 */
public record NewClaim(UUID policyId, ClaimType claimType, LocalDate incidentDate, String diagnosis,
		long totalClaimAmount, List<CostLine> costBreakdown, List<UUID> healthNoteIds, List<UUID> documentIds) {

	public NewClaim {
		costBreakdown = List.copyOf(costBreakdown);
		healthNoteIds = (healthNoteIds != null) ? List.copyOf(healthNoteIds) : List.of();
		documentIds = (documentIds != null) ? List.copyOf(documentIds) : List.of();
	}

	@Override
	public String toString() {
		return "NewClaim[policyId=" + policyId + ", claimType=" + claimType + ", incidentDate=" + incidentDate
				+ ", totalClaimAmount=" + totalClaimAmount + "]";
	}

}
