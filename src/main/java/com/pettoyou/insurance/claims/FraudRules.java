package com.pettoyou.insurance.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.pettoyou.insurance.ClaimType;
import com.pettoyou.insurance.claims.ClaimsProperties.FraudSettings;

/**
 * The rules that flag a new claim for a manual review. A flagged claim is still accepted;
 * it gets {@code reviewRequired: true} and a {@code CLAIM_FLAGGED} security event. The
 * thresholds are under {@code pettoyou.claims.fraud}:
 * <ul>
 * <li>{@link FraudFlag#EARLY_INCIDENT}: the incident date is less than
 * {@code early-incident-days} (60) days after the policy's start date in Korean time. An
 * illness that shows right after the waiting period may have been known at
 * enrolment.</li>
 * <li>{@link FraudFlag#DUPLICATE_CLAIM}: an earlier claim, of any account and in any
 * state, has the same pet, claim type, incident date and total. One treatment may be
 * claimed twice by mistake or on purpose.</li>
 * <li>{@link FraudFlag#ROUND_AMOUNT}: the total is at least {@code round-amount-minimum}
 * (1,000,000) and a multiple of {@code round-amount-unit} (100,000). Real invoices rarely
 * come to a large round sum, but made-up ones and estimates do.</li>
 * <li>{@link FraudFlag#FREQUENT_CLAIMS}: with this claim, the account submitted at least
 * {@code frequent-claims} (3) claims within {@code frequent-claims-window} (7 days). A
 * burst of claims is a common pattern of fraud and of a stolen account.</li>
 * </ul>
 * The cost rule adds {@link FraudFlag#COST_ABOVE_REVIEW_THRESHOLD} on its own.
 */
@Component
class FraudRules {

	private final ClaimRepository claims;

	private final FraudSettings settings;

	FraudRules(ClaimRepository claims, ClaimsProperties properties) {
		this.claims = claims;
		this.settings = properties.fraud();
	}

	/**
	 * Returns the flags that a new claim raises, in the order of {@link FraudFlag}. Runs
	 * in the submitting transaction while it holds the claimant's submission lock, so the
	 * counts include every committed claim of the account.
	 */
	List<FraudFlag> evaluate(Candidate claim, Instant now) {
		List<FraudFlag> flags = new ArrayList<>();
		if (claim.incidentDate().isBefore(claim.policyStartDate().plusDays(settings.earlyIncidentDays()))) {
			flags.add(FraudFlag.EARLY_INCIDENT);
		}
		if (claims.existsSame(claim.petId(), claim.type(), claim.incidentDate(), claim.total())) {
			flags.add(FraudFlag.DUPLICATE_CLAIM);
		}
		if (isRound(claim.total())) {
			flags.add(FraudFlag.ROUND_AMOUNT);
		}
		long earlier = claims.countByClaimantSince(claim.claimantId(), now.minus(settings.frequentClaimsWindow()));
		if (earlier + 1 >= settings.frequentClaims()) {
			flags.add(FraudFlag.FREQUENT_CLAIMS);
		}
		return flags;
	}

	private boolean isRound(long total) {
		return total >= settings.roundAmountMinimum() && total % settings.roundAmountUnit() == 0;
	}

	/**
	 * The facts of a claim that the rules look at.
	 *
	 * @param policyStartDate the policy's start date in Korean time
	 */
	record Candidate(UUID claimantId, UUID petId, ClaimType type, LocalDate incidentDate, long total,
			LocalDate policyStartDate) {
	}

}
