package com.pettoyou.pets.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.pets.service.AccessGrant;
import com.pettoyou.pets.service.AccessGrantService;

/** The hospital-access grants an owner gives for one pet. */
@RestController
@RequestMapping("/api/v1/pets/{petId}/hospital-access")
class HospitalAccessController {

	private final AccessGrantService grants;

	HospitalAccessController(AccessGrantService grants) {
		this.grants = grants;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> grant(@AuthenticationPrincipal AuthenticatedAccount owner, @PathVariable UUID petId,
			@Valid @RequestBody GrantRequest request) {
		Instant expiresAt = (request.expiresAt() != null) ? request.expiresAt().toInstant() : null;
		return Map.of("id",
				grants.grant(owner, petId, request.hospitalId(), request.purpose().strip(), expiresAt).id());
	}

	@GetMapping
	PageResponse<GrantResponse> list(@AuthenticationPrincipal AuthenticatedAccount owner, @PathVariable UUID petId) {
		return PageResponse.of(grants.list(owner, petId).stream().map(GrantResponse::of).toList());
	}

	@DeleteMapping("/{grantId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal AuthenticatedAccount owner, @PathVariable UUID petId,
			@PathVariable UUID grantId) {
		grants.revoke(owner, petId, grantId);
	}

	/** A new grant; the expiry carries its offset and is stored in UTC. */
	record GrantRequest(@NotNull UUID hospitalId,
			@NotBlank @Size(max = 200) @Pattern(regexp = PetController.TEXT_PATTERN) String purpose,
			OffsetDateTime expiresAt) {
	}

	record GrantResponse(UUID id, UUID hospitalId, String purpose, Instant createdAt, Instant expiresAt,
			Instant revokedAt) {

		static GrantResponse of(AccessGrant grant) {
			return new GrantResponse(grant.id(), grant.hospitalId(), grant.purpose(), grant.createdAt(),
					grant.expiresAt(), grant.revokedAt());
		}

	}

}
