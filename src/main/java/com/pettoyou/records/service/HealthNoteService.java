package com.pettoyou.records.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import com.pettoyou.records.service.ClinicalInputs.ClinicalField;
import com.pettoyou.records.service.HealthNoteRepository.StoredNote;
import com.pettoyou.records.service.RecordAccess.Access;

/**
 * Health notes of a pet, read and written by its owner or by staff of a hospital that the
 * owner granted access. Clinical text is cleaned by {@link ClinicalInputs}, then stored
 * encrypted. Every read and write is audited with its purpose and legal basis in the
 * transaction that reads or changes the note.
 */
@Service
public class HealthNoteService {

	/** The zone that decides which day is today for a visit date. */
	static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Seoul");

	static final LocalDate EARLIEST_VISIT = LocalDate.of(1990, 1, 1);

	static final long MAX_COST = 10_000_000L;

	private static final String TABLE = HealthNoteRepository.TABLE;

	private static final String RESOURCE = "health_note";

	private static final String ALL_FIELDS = "visitDate,diagnosis,treatment,prescription,actualCost";

	private static final Logger log = LoggerFactory.getLogger(HealthNoteService.class);

	private final HealthNoteRepository notes;

	private final RecordAccess access;

	private final ClinicalInputs inputs;

	private final RecordCipher cipher;

	private final AuditLog audit;

	private final TransactionOperations transactions;

	private final Clock clock;

	HealthNoteService(HealthNoteRepository notes, RecordAccess access, ClinicalInputs inputs, RecordCipher cipher,
			AuditLog audit, TransactionOperations transactions, Clock clock) {
		this.notes = notes;
		this.access = access;
		this.inputs = inputs;
		this.cipher = cipher;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Writes a health note for a pet. The owner may name the hospital of the visit; staff
	 * write for their own hospital, and naming another one is refused as a cross-hospital
	 * attempt.
	 * @param purpose the declared purpose, required for hospital staff
	 * @throws ApiException 400 for invalid content, an unknown hospital or a missing
	 * purpose, 403 when the caller may not write for the pet, 404 for an unknown pet
	 */
	@PreAuthorize("hasAuthority('write:medical_records')")
	public HealthNote create(AuthenticatedAccount caller, RecordPurpose purpose, UUID petId, NewNote content) {
		String diagnosis = inputs.clean(caller, ClinicalField.DIAGNOSIS, content.diagnosis());
		String treatment = inputs.clean(caller, ClinicalField.TREATMENT, content.treatment());
		String prescription = inputs.clean(caller, ClinicalField.PRESCRIPTION, content.prescription());
		checkVisitDate(content.visitDate());
		checkCost(content.actualCost());
		return transactions.execute((status) -> {
			Access granted = access.toPet(caller, purpose, petId);
			UUID hospitalId = hospitalFor(granted, content.hospitalId());
			UUID id = UUID.randomUUID();
			Instant now = clock.instant();
			StoredNote stored = new StoredNote(id, petId, hospitalId, caller.accountId(), content.visitDate(),
					cipher.encrypt(diagnosis, TABLE, "diagnosis", id),
					cipher.encrypt(treatment, TABLE, "treatment", id),
					cipher.encrypt(prescription, TABLE, "prescription", id), content.actualCost(), now, now, 0);
			try {
				notes.insert(stored);
			}
			catch (DataIntegrityViolationException ex) {
				throw ApiException.invalidField("hospitalId", "unknown_hospital");
			}
			record("MEDICAL_RECORD_CREATED", granted, id, ALL_FIELDS);
			log.atInfo()
				.addKeyValue(LogKeys.PET_ID, petId)
				.addKeyValue(LogKeys.ACCOUNT_ID, caller.accountId())
				.log("Health note written");
			return new HealthNote(id, petId, hospitalId, caller.accountId(), content.visitDate(), diagnosis, treatment,
					prescription, content.actualCost(), now, now, 0);
		});
	}

	/**
	 * Returns one page of a pet's health notes, the latest visit first, and audits the
	 * read of each note returned.
	 */
	@PreAuthorize("hasAnyAuthority('read:own:medical_records', 'read:hospital:medical_records')")
	public PageResponse<HealthNote> list(AuthenticatedAccount caller, RecordPurpose purpose, UUID petId, int page,
			int size) {
		return transactions.execute((status) -> {
			Access granted = access.toPet(caller, purpose, petId);
			List<HealthNote> items = new ArrayList<>();
			for (StoredNote stored : notes.findLiveByPet(petId, (long) page * size, size)) {
				items.add(decrypted(stored));
				record("MEDICAL_RECORD_READ", granted, stored.id(), ALL_FIELDS);
			}
			access.recordsRead(granted, items.size());
			long total = notes.countLiveByPet(petId);
			Map<String, String> details = granted.auditDetails();
			details.put("returned", Integer.toString(items.size()));
			audit.record(AuditEntry.of("MEDICAL_RECORDS_LISTED", AuditOutcome.SUCCESS)
				.actor(caller.accountId(), caller.role().name())
				.resource("pet", petId)
				.details(details));
			return new PageResponse<>(items, page, size, total);
		});
	}

	/** Returns one health note with its clinical text, and audits the read. */
	@PreAuthorize("hasAnyAuthority('read:own:medical_records', 'read:hospital:medical_records')")
	public HealthNote get(AuthenticatedAccount caller, RecordPurpose purpose, UUID noteId) {
		return transactions.execute((status) -> {
			StoredNote stored = notes.findLive(noteId).orElseThrow(ApiException::notFound);
			Access granted = access.toPet(caller, purpose, stored.petId());
			HealthNote note = decrypted(stored);
			record("MEDICAL_RECORD_READ", granted, noteId, ALL_FIELDS);
			access.recordsRead(granted, 1);
			return note;
		});
	}

	/**
	 * Changes a health note. Only its author may, and staff only while still allowed to
	 * reach the pet: an owner cannot rewrite what a hospital wrote, because the note
	 * would still name that hospital's staff as its author. A {@code null} field stays as
	 * it is. Every encrypted field is encrypted anew, so the stored ciphertexts change
	 * even for unchanged text.
	 * @throws ApiException 409 when the note changed at the same time
	 */
	@PreAuthorize("hasAuthority('write:medical_records')")
	public HealthNote update(AuthenticatedAccount caller, RecordPurpose purpose, UUID noteId, NoteChanges changes) {
		String diagnosis = (changes.diagnosis() != null)
				? inputs.clean(caller, ClinicalField.DIAGNOSIS, changes.diagnosis()) : null;
		String treatment = (changes.treatment() != null)
				? inputs.clean(caller, ClinicalField.TREATMENT, changes.treatment()) : null;
		String prescription = (changes.prescription() != null)
				? inputs.clean(caller, ClinicalField.PRESCRIPTION, changes.prescription()) : null;
		if (changes.visitDate() != null) {
			checkVisitDate(changes.visitDate());
		}
		checkCost(changes.actualCost());
		return transactions.execute((status) -> {
			StoredNote stored = notes.findLive(noteId).orElseThrow(ApiException::notFound);
			Access granted = access.toPet(caller, purpose, stored.petId());
			if (!stored.authorId().equals(caller.accountId())) {
				throw ApiException.forbidden();
			}
			HealthNote current = decrypted(stored);
			List<String> changed = new ArrayList<>();
			String newDiagnosis = changedTo(current.diagnosis(), diagnosis, "diagnosis", changed);
			String newTreatment = changedTo(current.treatment(), treatment, "treatment", changed);
			String newPrescription = changedTo(current.prescription(), prescription, "prescription", changed);
			LocalDate newVisitDate = changedTo(current.visitDate(), changes.visitDate(), "visitDate", changed);
			Long newCost = changedTo(current.actualCost(), changes.actualCost(), "actualCost", changed);
			if (changed.isEmpty()) {
				record("MEDICAL_RECORD_READ", granted, noteId, ALL_FIELDS);
				return current;
			}
			Instant now = clock.instant();
			StoredNote replacement = new StoredNote(noteId, stored.petId(), stored.hospitalId(), stored.authorId(),
					newVisitDate, cipher.encrypt(newDiagnosis, TABLE, "diagnosis", noteId),
					cipher.encrypt(newTreatment, TABLE, "treatment", noteId),
					cipher.encrypt(newPrescription, TABLE, "prescription", noteId), newCost, stored.createdAt(), now,
					stored.version());
			if (!notes.update(replacement, now)) {
				throw ApiException.conflict("The health note was changed by another request; read it again and retry.");
			}
			record("MEDICAL_RECORD_UPDATED", granted, noteId, String.join(",", changed));
			log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, caller.accountId()).log("Health note changed");
			return new HealthNote(noteId, stored.petId(), stored.hospitalId(), stored.authorId(), newVisitDate,
					newDiagnosis, newTreatment, newPrescription, newCost, stored.createdAt(), now,
					stored.version() + 1);
		});
	}

	/** Soft-deletes a health note; only its author or the pet's owner may. */
	@PreAuthorize("hasAuthority('write:medical_records')")
	public void delete(AuthenticatedAccount caller, RecordPurpose purpose, UUID noteId) {
		transactions.executeWithoutResult((status) -> {
			StoredNote stored = notes.findLive(noteId).orElseThrow(ApiException::notFound);
			Access granted = authorOrOwner(caller, purpose, stored);
			if (!notes.softDelete(noteId, stored.version(), clock.instant())) {
				throw ApiException.conflict("The health note was changed by another request; read it again and retry.");
			}
			record("MEDICAL_RECORD_DELETED", granted, noteId, ALL_FIELDS);
			log.atInfo().addKeyValue(LogKeys.ACCOUNT_ID, caller.accountId()).log("Health note deleted");
		});
	}

	private Access authorOrOwner(AuthenticatedAccount caller, RecordPurpose purpose, StoredNote stored) {
		Access granted = access.toPet(caller, purpose, stored.petId());
		if (!granted.byOwner() && !stored.authorId().equals(caller.accountId())) {
			throw ApiException.forbidden();
		}
		return granted;
	}

	private UUID hospitalFor(Access granted, UUID requested) {
		if (granted.byOwner()) {
			return requested;
		}
		if (requested != null && !requested.equals(granted.hospitalId())) {
			throw access.crossHospital(granted.caller(), granted.petId(), requested, granted.purpose());
		}
		return granted.hospitalId();
	}

	private HealthNote decrypted(StoredNote stored) {
		UUID id = stored.id();
		return new HealthNote(id, stored.petId(), stored.hospitalId(), stored.authorId(), stored.visitDate(),
				cipher.decrypt(stored.diagnosis(), TABLE, "diagnosis", id),
				cipher.decrypt(stored.treatment(), TABLE, "treatment", id),
				cipher.decrypt(stored.prescription(), TABLE, "prescription", id), stored.actualCost(),
				stored.createdAt(), stored.updatedAt(), stored.version());
	}

	private void record(String action, Access granted, UUID noteId, String fields) {
		Map<String, String> details = new HashMap<>(granted.auditDetails());
		details.put("fields", fields);
		audit.record(AuditEntry.of(action, AuditOutcome.SUCCESS)
			.actor(granted.caller().accountId(), granted.caller().role().name())
			.resource(RESOURCE, noteId)
			.details(details));
	}

	private void checkVisitDate(LocalDate visitDate) {
		if (visitDate == null) {
			throw ApiException.invalidField("visitDate", "required");
		}
		if (visitDate.isAfter(LocalDate.ofInstant(clock.instant(), CLINIC_ZONE))) {
			throw ApiException.invalidField("visitDate", "future");
		}
		if (visitDate.isBefore(EARLIEST_VISIT)) {
			throw ApiException.invalidField("visitDate", "too_early");
		}
	}

	private static void checkCost(Long cost) {
		if (cost != null && (cost < 0 || cost > MAX_COST)) {
			throw ApiException.invalidField("actualCost", "out_of_range");
		}
	}

	private static <T> T changedTo(T current, T requested, String name, List<String> changed) {
		if (requested == null || Objects.equals(current, requested)) {
			return current;
		}
		changed.add(name);
		return requested;
	}

	/**
	 * The content of a new note as the client sent it; the clinical text is not yet
	 * cleaned.
	 */
	public record NewNote(LocalDate visitDate, String diagnosis, String treatment, String prescription, Long actualCost,
			UUID hospitalId) {

		@Override
		public String toString() {
			return "NewNote[visitDate=" + visitDate + ", hospitalId=" + hospitalId + "]";
		}

	}

	/** Changes to a note; a {@code null} field stays as it is. */
	public record NoteChanges(LocalDate visitDate, String diagnosis, String treatment, String prescription,
			Long actualCost) {

		@Override
		public String toString() {
			return "NoteChanges[visitDate=" + visitDate + "]";
		}

	}

}
