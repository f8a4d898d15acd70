package com.pettoyou.insurance.claims;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;

/**
 * Reads of claims by their claimants and by adjusters. Every read is audited with its
 * purpose in the transaction that reads. Reads change no claim: an adjuster takes a claim
 * up with {@link ClaimDecisionService#startReview}.
 */
@Service
public class ClaimQueryService {

	private final ClaimRepository claims;

	private final ClaimCipher cipher;

	private final AuditLog audit;

	private final TransactionOperations transactions;

	ClaimQueryService(ClaimRepository claims, ClaimCipher cipher, AuditLog audit, TransactionOperations transactions) {
		this.claims = claims;
		this.cipher = cipher;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * Returns one page of claims, newest first, without their clinical text: the caller's
	 * own, or every claim for an adjuster.
	 * @param declared the purpose from the {@code Access-Purpose} header, or {@code null}
	 * @param status only claims in this state, or {@code null} for all
	 * @throws ApiException 400 when an adjuster declared no purpose
	 */
	@PreAuthorize("hasAnyAuthority('submit:claims', 'read:claims')")
	public PageResponse<Claim> list(AuthenticatedAccount caller, ClaimReadPurpose declared, ClaimStatus status,
			int page, int size) {
		ClaimReadPurpose purpose = ClaimAccess.purposeOf(caller, declared);
		UUID claimant = (purpose == ClaimReadPurpose.CLAIM_REVIEW) ? null : caller.accountId();
		return transactions.execute((transaction) -> {
			List<Claim> items = claims.findPage(claimant, status, (long) page * size, size)
				.stream()
				.map((stored) -> view(stored, null, null, null, null))
				.toList();
			Map<String, String> details = ClaimAccess.readDetails(purpose);
			details.put("status", (status != null) ? status.name() : "ANY");
			details.put("returned", Integer.toString(items.size()));
			audit.record(AuditEntry.of("CLAIMS_LISTED", AuditOutcome.SUCCESS)
				.actor(caller.accountId(), caller.role().name())
				.details(details));
			return new PageResponse<>(items, page, size, claims.count(claimant, status));
		});
	}

	/**
	 * Returns one claim with its diagnosis and cost breakdown, and audits the read as
	 * {@code CLAIM_READ} with its purpose.
	 * @throws ApiException 400 when an adjuster declared no purpose, 404 for an unknown
	 * claim, 403 for another account's claim
	 */
	@PreAuthorize("hasAnyAuthority('submit:claims', 'read:claims')")
	public Claim get(AuthenticatedAccount caller, ClaimReadPurpose declared, UUID claimId) {
		ClaimReadPurpose purpose = ClaimAccess.purposeOf(caller, declared);
		return transactions.execute((transaction) -> {
			StoredClaim stored = claims.find(claimId).orElseThrow(ApiException::notFound);
			if (purpose == ClaimReadPurpose.OWNER_ACCESS && !stored.claimantId().equals(caller.accountId())) {
				throw ApiException.forbidden();
			}
			Claim claim = view(stored, cipher.decryptDiagnosis(stored.diagnosis(), claimId),
					cipher.decryptBreakdown(stored.costBreakdown(), claimId), claims.healthNoteIds(claimId),
					claims.documentIds(claimId));
			audit.record(AuditEntry.of("CLAIM_READ", AuditOutcome.SUCCESS)
				.actor(caller.accountId(), caller.role().name())
				.resource(ClaimRepository.TABLE, claimId)
				.details(ClaimAccess.readDetails(purpose)));
			return claim;
		});
	}

	static Claim view(StoredClaim stored, String diagnosis, List<CostLine> breakdown, List<UUID> healthNoteIds,
			List<UUID> documentIds) {
		return new Claim(stored.id(), stored.claimantId(), stored.policyId(), stored.petId(), stored.type(),
				stored.incidentDate(), diagnosis, breakdown, healthNoteIds, documentIds, stored.totalClaimAmount(),
				stored.reviewRequired(), stored.fraudFlags(), stored.status(), stored.reviewerId(),
				stored.approvedAmount(), stored.payoutAmount(), stored.decisionNote(), stored.rejectionReason(),
				stored.createdAt(), stored.reviewedAt(), stored.decidedAt(), stored.paidAt());
	}

}
