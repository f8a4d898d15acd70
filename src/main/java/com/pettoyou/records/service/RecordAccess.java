package com.pettoyou.records.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.HospitalMembership;
import com.pettoyou.identity.Role;
import com.pettoyou.pets.HospitalAccess;
import com.pettoyou.pets.PetOwnership;

/**
 * Decides whether a caller may act on a pet's medical records, and on what purpose and
 * legal basis. The owner always may. Hospital staff must declare a purpose, and their
 * hospital needs the owner's grant, neither revoked nor expired. Staff of any other
 * hospital are refused with 403 and a cross-hospital security event.
 */
@Component
class RecordAccess {

	static final String CROSS_HOSPITAL_EVENT = "CROSS_HOSPITAL_ACCESS_ATTEMPT";

	static final String RECORDS_READ_EVENT = "MEDICAL_RECORDS_READ";

	private static final Logger log = LoggerFactory.getLogger(RecordAccess.class);

	private final PetOwnership pets;

	private final HospitalAccess grants;

	private final HospitalMembership memberships;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecordAccess(PetOwnership pets, HospitalAccess grants, HospitalMembership memberships,
			ApplicationEventPublisher events, Clock clock) {
		this.pets = pets;
		this.grants = grants;
		this.memberships = memberships;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks the caller's access to one pet's records.
	 * @param declared the purpose from the {@code Access-Purpose} header, or {@code null}
	 * @throws ApiException 400 when hospital staff declared no purpose, 404 for an
	 * unknown or deleted pet, 403 for any caller who may not act on it
	 */
	Access toPet(AuthenticatedAccount caller, RecordPurpose declared, UUID petId) {
		if (caller.role().isHospitalRole() && declared == null) {
			throw ApiException.invalidField(RecordPurpose.HEADER, "required");
		}
		UUID ownerId = pets.ownerOf(petId).orElseThrow(ApiException::notFound);
		if (caller.role() == Role.PET_OWNER) {
			if (!ownerId.equals(caller.accountId())) {
				throw ApiException.forbidden();
			}
			return new Access(caller, petId, ownerId, null, RecordPurpose.OWNER_ACCESS, LegalBasis.DATA_SUBJECT_ACCESS);
		}
		if (!caller.role().isHospitalRole()) {
			throw ApiException.forbidden();
		}
		Optional<UUID> hospital = memberships.hospitalOf(caller.accountId());
		if (hospital.isEmpty() || !grants.isGranted(petId, hospital.get())) {
			throw crossHospital(caller, petId, hospital.orElse(null), declared);
		}
		LegalBasis basis = (declared == RecordPurpose.LEGAL_OBLIGATION) ? LegalBasis.LEGAL_OBLIGATION
				: LegalBasis.OWNER_CONSENT;
		return new Access(caller, petId, ownerId, hospital.get(), declared, basis);
	}

	/**
	 * Refuses staff who name a hospital other than their own for a record.
	 * @throws ApiException 403 with a cross-hospital security event
	 */
	ApiException crossHospital(AuthenticatedAccount caller, UUID petId, UUID hospitalId, RecordPurpose declared) {
		Map<String, String> details = new HashMap<>();
		details.put("petId", petId.toString());
		details.put("purpose", (declared != null) ? declared.name() : "NONE");
		if (hospitalId != null) {
			details.put("hospitalId", hospitalId.toString());
		}
		events.publishEvent(new SecurityEvent(CROSS_HOSPITAL_EVENT, SecurityEvent.Severity.WARNING, caller.accountId(),
				RequestMetadata.current().clientAddress(), clock.instant(), details));
		log.atWarn()
			.addKeyValue(LogKeys.ACCOUNT_ID, caller.accountId())
			.addKeyValue(LogKeys.PET_ID, petId)
			.log("Hospital staff tried to reach a pet's records without their hospital's grant");
		return ApiException.forbidden();
	}

	/**
	 * Tells monitoring how many records a caller just read, so that one account reading
	 * many records in a short time raises an alert. Nothing is published for an empty
	 * read.
	 */
	void recordsRead(Access granted, int count) {
		if (count == 0) {
			return;
		}
		Map<String, String> details = new HashMap<>();
		details.put("count", Integer.toString(count));
		details.put("petId", granted.petId().toString());
		details.put("purpose", granted.purpose().name());
		events.publishEvent(new SecurityEvent(RECORDS_READ_EVENT, SecurityEvent.Severity.INFO,
				granted.caller().accountId(), RequestMetadata.current().clientAddress(), clock.instant(), details));
	}

	/**
	 * A caller's permitted access to one pet's records.
	 *
	 * @param hospitalId the caller's hospital for hospital staff, {@code null} for the
	 * owner
	 */
	record Access(AuthenticatedAccount caller, UUID petId, UUID ownerId, UUID hospitalId, RecordPurpose purpose,
			LegalBasis legalBasis) {

		boolean byOwner() {
			return hospitalId == null;
		}

		/** Returns the audit details that every record access carries. */
		Map<String, String> auditDetails() {
			Map<String, String> details = new HashMap<>();
			details.put("petId", petId.toString());
			details.put("purpose", purpose.name());
			details.put("legalBasis", legalBasis.name());
			if (hospitalId != null) {
				details.put("hospitalId", hospitalId.toString());
			}
			return details;
		}

	}

}
