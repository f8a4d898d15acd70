package com.pettoyou.insurance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.insurance.ClaimType;
import com.pettoyou.insurance.claims.Claim;
import com.pettoyou.insurance.claims.ClaimAccess;
import com.pettoyou.insurance.claims.ClaimDecision;
import com.pettoyou.insurance.claims.ClaimDecisionService;
import com.pettoyou.insurance.claims.ClaimLimitExceededException;
import com.pettoyou.insurance.claims.ClaimQueryService;
import com.pettoyou.insurance.claims.ClaimReadPurpose;
import com.pettoyou.insurance.claims.ClaimStatus;
import com.pettoyou.insurance.claims.ClaimSubmissionService;
import com.pettoyou.insurance.claims.CostLine;
import com.pettoyou.insurance.claims.NewClaim;
import com.pettoyou.insurance.claims.SubmittedClaim;

/**
 * Insurance claims: policyholders submit and read their own; adjusters read every claim
 * with {@code Access-Purpose: CLAIM_REVIEW}, take claims up for review, and approve or
 * reject them. Amounts are whole won.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimController {

	/**
	 * Maximum length of a diagnosis as sent, before markup is removed; the cleaned text
	 * may have at most 2,000 characters.
	 */
	static final int MAX_RAW_TEXT = 16_000;

	private final ClaimSubmissionService submissions;

	private final ClaimQueryService queries;

	private final ClaimDecisionService decisions;

	ClaimController(ClaimSubmissionService submissions, ClaimQueryService queries, ClaimDecisionService decisions) {
		this.submissions = submissions;
		this.queries = queries;
		this.decisions = decisions;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	SubmittedClaim submit(@AuthenticationPrincipal AuthenticatedAccount claimant,
			@Valid @RequestBody SubmitClaim request, HttpServletResponse response) {
		try {
			return submissions.submit(claimant, request.toNewClaim());
		}
		catch (ClaimLimitExceededException ex) {
			// The exception handler keeps headers already set on the response.
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			throw ex;
		}
	}

	@GetMapping
	PageResponse<?> list(@AuthenticationPrincipal AuthenticatedAccount caller,
			@RequestHeader(name = ClaimReadPurpose.HEADER, required = false) String purpose,
			@RequestParam(required = false) ClaimStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Claim> result = queries.list(caller, parsePurpose(purpose), status, page, size);
		List<?> items = ClaimAccess.isAdjuster(caller)
				? result.items().stream().map(ClaimResponses.ReviewSummary::of).toList()
				: result.items().stream().map(ClaimResponses.ClaimantSummary::of).toList();
		return new PageResponse<>(items, result.page(), result.size(), result.total());
	}

	@GetMapping("/{claimId}")
	Object get(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID claimId,
			@RequestHeader(name = ClaimReadPurpose.HEADER, required = false) String purpose) {
		Claim claim = queries.get(caller, parsePurpose(purpose), claimId);
		return ClaimAccess.isAdjuster(caller) ? ClaimResponses.ReviewDetail.of(claim)
				: ClaimResponses.ClaimantDetail.of(claim);
	}

	@PostMapping("/{claimId}/review")
	ClaimDecision review(@AuthenticationPrincipal AuthenticatedAccount adjuster, @PathVariable UUID claimId) {
		return decisions.startReview(adjuster, claimId);
	}

	@PostMapping(path = "/{claimId}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
	ClaimDecision approve(@AuthenticationPrincipal AuthenticatedAccount adjuster, @PathVariable UUID claimId,
			@Valid @RequestBody Approval request) {
		return decisions.approve(adjuster, claimId, request.approvedAmount(), request.note());
	}

	@PostMapping(path = "/{claimId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
	ClaimDecision reject(@AuthenticationPrincipal AuthenticatedAccount adjuster, @PathVariable UUID claimId,
			@Valid @RequestBody Rejection request) {
		return decisions.reject(adjuster, claimId, request.reason());
	}

	/**
	 * Returns the declared purpose, or {@code null} when the header is absent.
	 * @throws ApiException 400 for any value other than {@code CLAIM_REVIEW}
	 */
	private static ClaimReadPurpose parsePurpose(String value) {
		if (value == null) {
			return null;
		}
		return ClaimReadPurpose.fromHeader(value)
			.orElseThrow(() -> ApiException.invalidField(ClaimReadPurpose.HEADER, "unknown_purpose"));
	}

	/**
	 * A new claim. Amounts are JSON integers in whole won; dates are ISO
	 * {@code yyyy-MM-dd}.
	 */
	record SubmitClaim(@NotNull UUID policyId, @NotNull ClaimType claimType, @NotNull LocalDate incidentDate,
			@NotNull @Size(max = MAX_RAW_TEXT) String diagnosis,
			@NotNull @Min(1) @Max(10_000_000) Long totalClaimAmount,
			@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid CostLineRequest> costBreakdown,
			@Size(max = 20) List<@NotNull UUID> healthNoteIds, @Size(max = 10) List<@NotNull UUID> documentIds) {

		NewClaim toNewClaim() {
			return new NewClaim(policyId, claimType, incidentDate, diagnosis, totalClaimAmount,
					costBreakdown.stream().map((line) -> new CostLine(line.item(), line.amount())).toList(),
					healthNoteIds, documentIds);
		}

		@Override
		public String toString() {
			return "SubmitClaim[policyId=" + policyId + ", claimType=" + claimType + "]";
		}

	}

	/** One cost line; the item is 1 to 100 characters and the amount a JSON integer. */
	record CostLineRequest(@NotNull @Size(min = 1, max = 100) String item,
			@NotNull @Min(1) @Max(10_000_000) Long amount) {

		@Override
		public String toString() {
			return "CostLineRequest[amount=" + amount + "]";
		}

	}

	/** An approval; the amount is whole won, at most the claim's total. */
	record Approval(@NotNull @Min(1) @Max(10_000_000) Long approvedAmount, @Size(max = MAX_RAW_TEXT) String note) {

		@Override
		public String toString() {
			return "Approval[approvedAmount=" + approvedAmount + "]";
		}

	}

	/** A rejection with the reason shown to the claimant. */
	record Rejection(@NotNull @Size(max = MAX_RAW_TEXT) String reason) {

		@Override
		public String toString() {
			return "Rejection[]";
		}

	}

}
