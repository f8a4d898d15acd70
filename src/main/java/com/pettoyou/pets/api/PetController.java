package com.pettoyou.pets.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.pets.Species;
import com.pettoyou.pets.service.BreedCatalogue;
import com.pettoyou.pets.service.Pet;
import com.pettoyou.pets.service.PetService;

/** An owner's pets, and the breed names that dogs and cats may take. */
@RestController
@RequestMapping("/api/v1/pets")
class PetController {

	/** Text without control characters, so line breaks and tabs are rejected too. */
	static final String TEXT_PATTERN = "[^\\p{Cntrl}]*";

	private final PetService pets;

	private final BreedCatalogue breeds;

	PetController(PetService pets, BreedCatalogue breeds) {
		this.pets = pets;
		this.breeds = breeds;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PetResponse create(@AuthenticationPrincipal AuthenticatedAccount owner, @Valid @RequestBody CreatePet request) {
		return PetResponse
			.of(pets.create(owner, request.name(), request.species(), request.breed(), request.birthDate()));
	}

	@GetMapping
	PageResponse<PetResponse> list(@AuthenticationPrincipal AuthenticatedAccount owner,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Pet> result = pets.list(owner, page, size);
		return new PageResponse<>(result.items().stream().map(PetResponse::of).toList(), result.page(), result.size(),
				result.total());
	}

	@GetMapping("/breeds")
	BreedsResponse breeds(@RequestParam Species species) {
		return new BreedsResponse(species, breeds.breeds(species));
	}

	@GetMapping("/{petId}")
	PetResponse get(@AuthenticationPrincipal AuthenticatedAccount owner, @PathVariable UUID petId) {
		return PetResponse.of(pets.get(owner, petId));
	}

	@PatchMapping(path = "/{petId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PetResponse update(@AuthenticationPrincipal AuthenticatedAccount owner, @PathVariable UUID petId,
			@Valid @RequestBody UpdatePet request) {
		return PetResponse.of(pets.update(owner, petId, request.name(), request.breed(), request.birthDate()));
	}

	@DeleteMapping("/{petId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal AuthenticatedAccount owner, @PathVariable UUID petId) {
		pets.delete(owner, petId);
	}

	record CreatePet(@NotBlank @Size(max = 50) @Pattern(regexp = TEXT_PATTERN) String name, @NotNull Species species,
			@Size(max = 50) @Pattern(regexp = TEXT_PATTERN) String breed, LocalDate birthDate) {
	}

	/**
	 * Changes to a pet. A missing or {@code null} field stays as it is; an empty breed
	 * removes the breed. The species cannot change.
	 */
	record UpdatePet(@Size(min = 1, max = 50) @Pattern(regexp = TEXT_PATTERN) String name,
			@Size(max = 50) @Pattern(regexp = TEXT_PATTERN) String breed, LocalDate birthDate) {
	}

	record PetResponse(UUID id, String name, Species species, String breed, LocalDate birthDate) {

		static PetResponse of(Pet pet) {
			return new PetResponse(pet.id(), pet.name(), pet.species(), pet.breed(), pet.birthDate());
		}

	}

	record BreedsResponse(Species species, List<String> breeds) {
	}

}
