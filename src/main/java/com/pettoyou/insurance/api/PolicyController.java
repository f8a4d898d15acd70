package com.pettoyou.insurance.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.insurance.PolicyStatus;
import com.pettoyou.insurance.service.Policy;
import com.pettoyou.insurance.service.PolicyService;

/** An owner's insurance policies for their own pets. */
@RestController
@RequestMapping("/api/v1/insurance/policies")
class PolicyController {

	private final PolicyService policies;

	PolicyController(PolicyService policies) {
		this.policies = policies;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	CreatedPolicy enroll(@AuthenticationPrincipal AuthenticatedAccount owner,
			@Valid @RequestBody EnrollRequest request) {
		Policy policy = policies.enroll(owner, request.petId(), request.productId());
		return new CreatedPolicy(policy.id(), policy.status());
	}

	@GetMapping
	PageResponse<PolicyResponse> list(@AuthenticationPrincipal AuthenticatedAccount owner,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Policy> result = policies.list(owner, page, size);
		return new PageResponse<>(result.items().stream().map(PolicyResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	record EnrollRequest(@NotNull UUID petId, @NotNull UUID productId) {
	}

	record CreatedPolicy(UUID id, PolicyStatus status) {
	}

	/** A policy; the term and waiting period are {@code null} while it is pending. */
	record PolicyResponse(UUID id, UUID petId, UUID productId, PolicyStatus status, Instant startsAt, Instant endsAt,
			Instant waitingPeriodEndsAt, Instant createdAt) {

		static PolicyResponse of(Policy policy) {
			return new PolicyResponse(policy.id(), policy.petId(), policy.productId(), policy.status(),
					policy.startsAt(), policy.endsAt(), policy.waitingPeriodEndsAt(), policy.createdAt());
		}

	}

}
