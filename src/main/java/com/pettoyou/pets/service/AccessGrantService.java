package com.pettoyou.pets.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.pets.HospitalAccess;

/**
 * Owners give, list and revoke hospitals' access to their pets' records. Only the pet's
 * owner may touch its grants; anyone else gets 403 and the attempt is audited.
 */
@Service
public class AccessGrantService implements HospitalAccess {

	private static final Logger log = LoggerFactory.getLogger(AccessGrantService.class);

	private final AccessGrantRepository grants;

	private final PetRepository pets;

	private final AuditLog audit;

	private final Clock clock;

	AccessGrantService(AccessGrantRepository grants, PetRepository pets, AuditLog audit, Clock clock) {
		this.grants = grants;
		this.pets = pets;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Grants a hospital access to one of the owner's pets.
	 * @throws ApiException 400 for an unknown hospital or an expiry that is not in the
	 * future, 403 for another owner's pet, 404 for an unknown pet
	 */
	@Transactional
	@PreAuthorize("hasAuthority('manage:own:pets')")
	public AccessGrant grant(AuthenticatedAccount owner, UUID petId, UUID hospitalId, String purpose,
			Instant expiresAt) {
		requireOwnedPet(owner, petId);
		Instant now = clock.instant();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw ApiException.invalidField("expiresAt", "not_in_future");
		}
		AccessGrant grant;
		try {
			grant = grants.insert(petId, hospitalId, purpose, owner.accountId(), now, expiresAt);
		}
		catch (DataIntegrityViolationException ex) {
			throw ApiException.invalidField("hospitalId", "unknown_hospital");
		}
		audit.record(AuditEntry.of("CONSENT_GRANTED", AuditOutcome.SUCCESS)
			.actor(owner.accountId(), owner.role().name())
			.resource("hospital_access_grant", grant.id())
			.details(Map.of("petId", petId.toString(), "hospitalId", hospitalId.toString())));
		log.atInfo().addKeyValue(LogKeys.PET_ID, petId).log("Hospital access granted");
		return grant;
	}

	/** Lists every grant of the owner's pet, revoked and expired ones included. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('manage:own:pets')")
	public List<AccessGrant> list(AuthenticatedAccount owner, UUID petId) {
		requireOwnedPet(owner, petId);
		return grants.findByPet(petId);
	}

	/**
	 * Revokes a grant; the hospital loses access on its next request.
	 * @throws ApiException 404 when the grant does not belong to the pet
	 */
	@Transactional
	@PreAuthorize("hasAuthority('manage:own:pets')")
	public void revoke(AuthenticatedAccount owner, UUID petId, UUID grantId) {
		requireOwnedPet(owner, petId);
		AccessGrant grant = grants.find(grantId)
			.filter((found) -> found.petId().equals(petId))
			.orElseThrow(ApiException::notFound);
		grants.revoke(grant.id(), clock.instant());
		audit.record(AuditEntry.of("CONSENT_REVOKED", AuditOutcome.SUCCESS)
			.actor(owner.accountId(), owner.role().name())
			.resource("hospital_access_grant", grant.id())
			.details(Map.of("petId", petId.toString(), "hospitalId", grant.hospitalId().toString())));
		log.atInfo().addKeyValue(LogKeys.PET_ID, petId).log("Hospital access revoked");
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isGranted(UUID petId, UUID hospitalId) {
		return grants.existsActive(petId, hospitalId, clock.instant());
	}

	private void requireOwnedPet(AuthenticatedAccount owner, UUID petId) {
		Pet pet = pets.findLive(petId).orElseThrow(ApiException::notFound);
		if (!pet.ownerId().equals(owner.accountId())) {
			throw ApiException.forbidden();
		}
	}

}
