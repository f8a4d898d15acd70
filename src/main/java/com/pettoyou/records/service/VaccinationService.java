package com.pettoyou.records.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.records.service.RecordAccess.Access;

/**
 * Vaccination records of a pet, with the same access rules and auditing as health notes.
 */
@Service
public class VaccinationService {

	/** Maximum years between a dose and the next one that a record may name. */
	static final int MAX_YEARS_TO_NEXT_DOSE = 5;

	private static final String RESOURCE = "vaccination";

	private static final String ALL_FIELDS = "vaccine,administeredOn,nextDueOn";

	private static final Logger log = LoggerFactory.getLogger(VaccinationService.class);

	private final VaccinationRepository vaccinations;

	private final RecordAccess access;

	private final AuditLog audit;

	private final TransactionOperations transactions;

	private final Clock clock;

	VaccinationService(VaccinationRepository vaccinations, RecordAccess access, AuditLog audit,
			TransactionOperations transactions, Clock clock) {
		this.vaccinations = vaccinations;
		this.access = access;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Records a vaccination.
	 * @param vaccine the vaccine's name, already checked against the allowed characters
	 * @throws ApiException 400 for a date in the future, a next dose not after the given
	 * one or more than five years later, or an unknown hospital; 403 and 404 as for
	 * health notes
	 */
	@PreAuthorize("hasAuthority('write:medical_records')")
	public Vaccination create(AuthenticatedAccount caller, RecordPurpose purpose, UUID petId, String vaccine,
			LocalDate administeredOn, LocalDate nextDueOn, UUID hospitalId) {
		String name = vaccine.strip();
		if (name.isEmpty()) {
			throw ApiException.invalidField("vaccine", "not_blank");
		}
		if (administeredOn.isAfter(LocalDate.ofInstant(clock.instant(), HealthNoteService.CLINIC_ZONE))) {
			throw ApiException.invalidField("administeredOn", "future");
		}
		if (administeredOn.isBefore(HealthNoteService.EARLIEST_VISIT)) {
			throw ApiException.invalidField("administeredOn", "too_early");
		}
		if (nextDueOn != null && (!nextDueOn.isAfter(administeredOn)
				|| nextDueOn.isAfter(administeredOn.plusYears(MAX_YEARS_TO_NEXT_DOSE)))) {
			throw ApiException.invalidField("nextDueOn", "out_of_range");
		}
		return transactions.execute((status) -> {
			Access granted = access.toPet(caller, purpose, petId);
			UUID hospital = hospitalId;
			if (!granted.byOwner()) {
				if (hospitalId != null && !hospitalId.equals(granted.hospitalId())) {
					throw access.crossHospital(caller, petId, hospitalId, purpose);
				}
				hospital = granted.hospitalId();
			}
			Vaccination vaccination = new Vaccination(UUID.randomUUID(), petId, hospital, caller.accountId(), name,
					administeredOn, nextDueOn, clock.instant());
			try {
				vaccinations.insert(vaccination);
			}
			catch (DataIntegrityViolationException ex) {
				throw ApiException.invalidField("hospitalId", "unknown_hospital");
			}
			record("MEDICAL_RECORD_CREATED", granted, vaccination.id());
			log.atInfo().addKeyValue(LogKeys.PET_ID, petId).log("Vaccination recorded");
			return vaccination;
		});
	}

	/**
	 * Returns one page of a pet's vaccinations, the latest first, and audits the read.
	 */
	@PreAuthorize("hasAnyAuthority('read:own:medical_records', 'read:hospital:medical_records')")
	public PageResponse<Vaccination> list(AuthenticatedAccount caller, RecordPurpose purpose, UUID petId, int page,
			int size) {
		return transactions.execute((status) -> {
			Access granted = access.toPet(caller, purpose, petId);
			List<Vaccination> items = vaccinations.findLiveByPet(petId, (long) page * size, size);
			for (Vaccination vaccination : items) {
				record("MEDICAL_RECORD_READ", granted, vaccination.id());
			}
			access.recordsRead(granted, items.size());
			return new PageResponse<>(items, page, size, vaccinations.countLiveByPet(petId));
		});
	}

	private void record(String action, Access granted, UUID id) {
		Map<String, String> details = new HashMap<>(granted.auditDetails());
		details.put("fields", ALL_FIELDS);
		audit.record(AuditEntry.of(action, AuditOutcome.SUCCESS)
			.actor(granted.caller().accountId(), granted.caller().role().name())
			.resource(RESOURCE, id)
			.details(details));
	}

}
