package com.pettoyou.pets.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.pets.Species;

/**
 * Pets managed by their owners. Every method acts only on the caller's own pets: another
 * owner's pet raises 403, and an unknown or deleted pet raises 404.
 */
@Service
@PreAuthorize("hasAuthority('manage:own:pets')")
public class PetService {

	/**
	 * The zone that decides which calendar day "today" is for a birth date. Owners and
	 * hospitals are in Korea, so a pet born this morning in Seoul is not in the future.
	 */
	static final ZoneId OWNER_ZONE = ZoneId.of("Asia/Seoul");

	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	private static final Logger log = LoggerFactory.getLogger(PetService.class);

	private final PetRepository pets;

	private final BreedCatalogue breeds;

	private final AuditLog audit;

	private final Clock clock;

	PetService(PetRepository pets, BreedCatalogue breeds, AuditLog audit, Clock clock) {
		this.pets = pets;
		this.breeds = breeds;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a pet owned by the caller.
	 * @param breed a name from the bundled list for dogs and cats, free text otherwise,
	 * or {@code null}
	 * @throws ApiException 400 for an unknown breed or a birth date in the future
	 */
	@Transactional
	public Pet create(AuthenticatedAccount owner, String name, Species species, String breed, LocalDate birthDate) {
		String checkedBreed = checkedBreed(species, breed);
		checkBirthDate(birthDate);
		Pet pet = pets.insert(owner.accountId(), checkedName(name), species, checkedBreed, birthDate, clock.instant());
		audit.record(AuditEntry.of("PET_CREATED", AuditOutcome.SUCCESS)
			.actor(owner.accountId(), owner.role().name())
			.resource("pet", pet.id())
			.details(Map.of("species", species.name())));
		log.atInfo()
			.addKeyValue(LogKeys.PET_ID, pet.id())
			.addKeyValue(LogKeys.ACCOUNT_ID, owner.accountId())
			.log("Pet created");
		return pet;
	}

	/** Returns one page of the caller's pets, oldest first. */
	@Transactional(readOnly = true)
	public PageResponse<Pet> list(AuthenticatedAccount owner, int page, int size) {
		long offset = (long) page * size;
		List<Pet> items = pets.findLiveByOwner(owner.accountId(), offset, size);
		return new PageResponse<>(items, page, size, pets.countLiveByOwner(owner.accountId()));
	}

	/** Returns one of the caller's pets. */
	@Transactional(readOnly = true)
	public Pet get(AuthenticatedAccount owner, UUID petId) {
		return owned(owner, petId);
	}

	/**
	 * Changes the name, breed or birth date of one of the caller's pets. A {@code null}
	 * argument leaves that field as it is.
	 * @throws ApiException 409 when the pet changed at the same time
	 */
	@Transactional
	public Pet update(AuthenticatedAccount owner, UUID petId, String name, String breed, LocalDate birthDate) {
		Pet pet = owned(owner, petId);
		List<String> changed = new ArrayList<>();
		String newName = pet.name();
		if (name != null && !checkedName(name).equals(pet.name())) {
			newName = checkedName(name);
			changed.add("name");
		}
		String newBreed = pet.breed();
		if (breed != null && !Objects.equals(checkedBreed(pet.species(), breed), pet.breed())) {
			newBreed = checkedBreed(pet.species(), breed);
			changed.add("breed");
		}
		LocalDate newBirthDate = pet.birthDate();
		if (birthDate != null && !birthDate.equals(pet.birthDate())) {
			checkBirthDate(birthDate);
			newBirthDate = birthDate;
			changed.add("birthDate");
		}
		if (changed.isEmpty()) {
			return pet;
		}
		Pet updated = new Pet(pet.id(), pet.ownerId(), newName, pet.species(), newBreed, newBirthDate, pet.version());
		if (!pets.update(updated, clock.instant())) {
			throw concurrentChange();
		}
		audit.record(AuditEntry.of("PET_UPDATED", AuditOutcome.SUCCESS)
			.actor(owner.accountId(), owner.role().name())
			.resource("pet", pet.id())
			.details(Map.of("fields", String.join(",", changed))));
		log.atInfo()
			.addKeyValue(LogKeys.PET_ID, pet.id())
			.addKeyValue(LogKeys.ACCOUNT_ID, owner.accountId())
			.log("Pet updated");
		return pets.findLive(pet.id()).orElseThrow(ApiException::notFound);
	}

	/** Soft-deletes one of the caller's pets, so that it no longer appears anywhere. */
	@Transactional
	public void delete(AuthenticatedAccount owner, UUID petId) {
		Pet pet = owned(owner, petId);
		if (!pets.softDelete(pet, clock.instant())) {
			throw concurrentChange();
		}
		audit.record(AuditEntry.of("PET_DELETED", AuditOutcome.SUCCESS)
			.actor(owner.accountId(), owner.role().name())
			.resource("pet", pet.id()));
		log.atInfo()
			.addKeyValue(LogKeys.PET_ID, pet.id())
			.addKeyValue(LogKeys.ACCOUNT_ID, owner.accountId())
			.log("Pet deleted");
	}

	private Pet owned(AuthenticatedAccount owner, UUID petId) {
		Pet pet = pets.findLive(petId).orElseThrow(ApiException::notFound);
		if (!pet.ownerId().equals(owner.accountId())) {
			throw ApiException.forbidden();
		}
		return pet;
	}

	private static String checkedName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw ApiException.invalidField("name", "not_blank");
		}
		return stripped;
	}

	/**
	 * Returns the stripped breed, or {@code null} for a blank one.
	 * @throws ApiException 400 {@code unknown_breed} for a dog or cat breed that is not
	 * on the bundled list
	 */
	private String checkedBreed(Species species, String breed) {
		if (breed == null || breed.isBlank()) {
			return null;
		}
		String stripped = breed.strip();
		if (species != Species.OTHER && !breeds.contains(species, stripped)) {
			throw ApiException.invalidField("breed", "unknown_breed");
		}
		return stripped;
	}

	private void checkBirthDate(LocalDate birthDate) {
		if (birthDate == null) {
			return;
		}
		if (birthDate.isAfter(LocalDate.ofInstant(clock.instant(), OWNER_ZONE))) {
			throw ApiException.invalidField("birthDate", "future");
		}
		if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
			throw ApiException.invalidField("birthDate", "too_early");
		}
	}

	private static ApiException concurrentChange() {
		return new ApiException(HttpStatus.CONFLICT, ErrorCodes.CONFLICT,
				"The pet was changed by another request; read it again and retry.");
	}

}
