package com.pettoyou.insurance.claims;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.insurance.ClaimApproved;
import com.pettoyou.records.ClinicalTextCleaner;

/**
 * The adjusters' side of the claim workflow: taking a claim up for review, approving it
 * with an amount, or rejecting it with a reason. Each action locks the claim's row,
 * checks the current state and rejects with 409 any move that {@link ClaimStatus} does
 * not allow, or for a claim that the adjuster submitted. An approval creates the claim's
 * payout through the {@link ClaimApproved} event in the same transaction.
 */
@Service
@PreAuthorize("hasAuthority('approve:claims')")
public class ClaimDecisionService {

	/** Largest length of an approval note, in code points after cleaning. */
	static final int MAX_NOTE_LENGTH = 1000;

	/** Largest length of a rejection reason, in code points after cleaning. */
	static final int MAX_REASON_LENGTH = 500;

	private static final Logger log = LoggerFactory.getLogger(ClaimDecisionService.class);

	private final ClaimRepository claims;

	private final CoveredPolicyRepository policies;

	private final ClinicalTextCleaner cleaner;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	private final Clock clock;

	ClaimDecisionService(ClaimRepository claims, CoveredPolicyRepository policies, ClinicalTextCleaner cleaner,
			AuditLog audit, ApplicationEventPublisher events, TransactionOperations transactions, Clock clock) {
		this.claims = claims;
		this.policies = policies;
		this.cleaner = cleaner;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Moves a submitted claim into review by this adjuster.
	 * @throws ApiException 404 for an unknown claim, 409 unless it is submitted
	 */
	public ClaimDecision startReview(AuthenticatedAccount adjuster, UUID claimId) {
		return transactions.execute((status) -> {
			StoredClaim claim = lockForDecision(adjuster, claimId, ClaimStatus.IN_REVIEW);
			claims.startReview(claimId, adjuster.accountId(), clock.instant());
			record("CLAIM_REVIEW_STARTED", adjuster, claimId, Map.of());
			log.atInfo().addKeyValue(LogKeys.CLAIM_ID, claimId).log("Claim review started");
			return new ClaimDecision(claim.id(), ClaimStatus.IN_REVIEW, null, null);
		});
	}

	/**
	 * Approves a claim in review and creates its payout: the payout is computed by
	 * {@link PayoutCalculator} from the approved amount and the policy's coverage,
	 * deductible and remaining annual limit. The payout is sent once the approval has
	 * committed, so the returned state is {@code PAID} when it succeeded at once.
	 * @param approvedAmount whole won, from 1 to the claim's total
	 * @param note an internal note for other adjusters, or {@code null}
	 * @throws ApiException 400 for an amount above the total or one that leaves no
	 * payout, 404 for an unknown claim, 409 unless the claim is in review
	 */
	public ClaimDecision approve(AuthenticatedAccount adjuster, UUID claimId, long approvedAmount, String note) {
		String cleanNote = (note != null) ? cleaner.cleanText(adjuster, "note", note, MAX_NOTE_LENGTH) : null;
		transactions.executeWithoutResult((status) -> {
			StoredClaim claim = lockForDecision(adjuster, claimId, ClaimStatus.APPROVED);
			if (approvedAmount > claim.totalClaimAmount()) {
				throw ApiException.invalidField("approvedAmount", "above_total");
			}
			CoveredPolicy policy = policies.lock(claim.policyId()).orElseThrow();
			long alreadyPaid = claims.sumPayouts(policy.id());
			long payout = PayoutCalculator.payout(approvedAmount, policy.coveragePercent(), policy.deductible(),
					policy.annualLimit(), alreadyPaid);
			if (payout < 1) {
				throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
						"The deductible or the used-up annual limit leaves no payout for this amount;"
								+ " reject the claim instead.",
						List.of(new ApiException.FieldViolation("approvedAmount", "no_payout")));
			}
			Instant now = clock.instant();
			claims.approve(claimId, adjuster.accountId(), approvedAmount, payout, cleanNote, now);
			Map<String, String> details = new LinkedHashMap<>();
			details.put("approvedAmount", Long.toString(approvedAmount));
			details.put("payoutAmount", Long.toString(payout));
			details.put("policyId", policy.id().toString());
			record("CLAIM_APPROVED", adjuster, claimId, details);
			events.publishEvent(new ClaimApproved(claimId, claim.claimantId(), payout, now));
			log.atInfo().addKeyValue(LogKeys.CLAIM_ID, claimId).log("Claim approved");
		});
		return ClaimDecision.of(claims.find(claimId).orElseThrow());
	}

	/**
	 * Rejects a submitted claim or one in review. The reason is shown to the claimant; it
	 * is stored but not audited.
	 * @throws ApiException 404 for an unknown claim, 409 unless the claim is submitted or
	 * in review
	 */
	public ClaimDecision reject(AuthenticatedAccount adjuster, UUID claimId, String reason) {
		String cleanReason = cleaner.cleanText(adjuster, "reason", reason, MAX_REASON_LENGTH);
		return transactions.execute((status) -> {
			lockForDecision(adjuster, claimId, ClaimStatus.REJECTED);
			claims.reject(claimId, adjuster.accountId(), cleanReason, clock.instant());
			record("CLAIM_REJECTED", adjuster, claimId, Map.of());
			log.atInfo().addKeyValue(LogKeys.CLAIM_ID, claimId).log("Claim rejected");
			return new ClaimDecision(claimId, ClaimStatus.REJECTED, null, null);
		});
	}

	/**
	 * Locks a claim and checks that the adjuster may move it to the next state.
	 * @throws ApiException 404 for an unknown claim, 409 for a move that the workflow
	 * does not allow or a claim that the adjuster submitted
	 */
	private StoredClaim lockForDecision(AuthenticatedAccount adjuster, UUID claimId, ClaimStatus next) {
		StoredClaim claim = claims.lock(claimId).orElseThrow(ApiException::notFound);
		if (claim.claimantId().equals(adjuster.accountId())) {
			log.atWarn()
				.addKeyValue(LogKeys.CLAIM_ID, claimId)
				.addKeyValue(LogKeys.ACCOUNT_ID, adjuster.accountId())
				.log("An adjuster tried to decide a claim that they submitted");
			throw ApiException.conflict("An adjuster may not decide a claim that they submitted.");
		}
		if (!claim.status().canMoveTo(next)) {
			throw ApiException.conflict("A claim in state " + claim.status() + " cannot move to " + next + ".");
		}
		return claim;
	}

	private void record(String action, AuthenticatedAccount adjuster, UUID claimId, Map<String, String> details) {
		audit.record(AuditEntry.of(action, AuditOutcome.SUCCESS)
			.actor(adjuster.accountId(), adjuster.role().name())
			.resource(ClaimRepository.TABLE, claimId)
			.details(details));
	}

}
