package com.pettoyou.records.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import com.pettoyou.common.PageResponse;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.records.service.RecordPurpose;
import com.pettoyou.records.service.Vaccination;
import com.pettoyou.records.service.VaccinationService;

/** Vaccinations of a pet, with the same callers and headers as health notes. */
@RestController
@RequestMapping("/api/v1/pets/{petId}/vaccinations")
class VaccinationController {

	/** Letters, marks, digits, spaces and the punctuation of vaccine names. */
	static final String VACCINE_PATTERN = "[\\p{L}\\p{M}\\p{N} .,()/+&'-]*";

	private final VaccinationService vaccinations;

	VaccinationController(VaccinationService vaccinations) {
		this.vaccinations = vaccinations;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	VaccinationResponse create(@AuthenticationPrincipal AuthenticatedAccount caller, @PathVariable UUID petId,
			@RequestHeader(name = RecordPurpose.HEADER, required = false) String purpose,
			@Valid @RequestBody CreateVaccination request) {
		return VaccinationResponse.of(vaccinations.create(caller, AccessPurposeHeader.parse(purpose), petId,
				request.vaccine(), request.administeredOn(), request.nextDueOn(), request.hospitalId()));
	}

	@GetMapping
	PageResponse<VaccinationResponse> list(@AuthenticationPrincipal AuthenticatedAccount caller,
			@PathVariable UUID petId, @RequestHeader(name = RecordPurpose.HEADER, required = false) String purpose,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Vaccination> result = vaccinations.list(caller, AccessPurposeHeader.parse(purpose), petId, page,
				size);
		return new PageResponse<>(result.items().stream().map(VaccinationResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	record CreateVaccination(@NotNull @Size(min = 1, max = 100) @Pattern(regexp = VACCINE_PATTERN) String vaccine,
			@NotNull LocalDate administeredOn, LocalDate nextDueOn, UUID hospitalId) {
	}

	record VaccinationResponse(UUID id, UUID petId, UUID hospitalId, UUID authorId, String vaccine,
			LocalDate administeredOn, LocalDate nextDueOn, Instant createdAt) {

		static VaccinationResponse of(Vaccination vaccination) {
			return new VaccinationResponse(vaccination.id(), vaccination.petId(), vaccination.hospitalId(),
					vaccination.authorId(), vaccination.vaccine(), vaccination.administeredOn(),
					vaccination.nextDueOn(), vaccination.createdAt());
		}

	}

}
