package com.pettoyou.hospitals.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.hospitals.service.Hospital;
import com.pettoyou.hospitals.service.HospitalAdministration;
import com.pettoyou.hospitals.service.HospitalDirectory;
import com.pettoyou.identity.AuthenticatedAccount;

/** Hospital search for every signed-in account, and registration for administrators. */
@RestController
class HospitalController {

	/** Text without control characters, so line breaks and tabs are rejected too. */
	static final String TEXT_PATTERN = "[^\\p{Cntrl}]*";

	private final HospitalDirectory directory;

	private final HospitalAdministration administration;

	HospitalController(HospitalDirectory directory, HospitalAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@PostMapping(path = "/api/v1/admin/hospitals", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	CreatedResponse create(@AuthenticationPrincipal AuthenticatedAccount admin,
			@Valid @RequestBody CreateHospital request) {
		return new CreatedResponse(administration.create(admin, request.name(),
				request.businessRegistrationNumber().replace("-", ""), request.address()));
	}

	@GetMapping("/api/v1/hospitals")
	PageResponse<HospitalResponse> search(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = TEXT_PATTERN) String name,
			@RequestParam(required = false) @Size(max = 20) @Pattern(regexp = TEXT_PATTERN) String district,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageResponse<Hospital> result = directory.search(name, district, page, size);
		return new PageResponse<>(result.items().stream().map(HospitalResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	@GetMapping("/api/v1/hospitals/{id}")
	HospitalResponse get(@PathVariable UUID id) {
		return HospitalResponse.of(directory.get(id));
	}

	/**
	 * A hospital to register. The registration number may contain hyphens, which are
	 * removed before it is stored.
	 */
	record CreateHospital(@NotBlank @Size(max = 100) @Pattern(regexp = TEXT_PATTERN) String name,
			@NotBlank @Pattern(regexp = "[0-9](-?[0-9]){9,29}") String businessRegistrationNumber,
			@NotBlank @Size(max = 200) @Pattern(regexp = TEXT_PATTERN) String address) {
	}

	record CreatedResponse(UUID id) {
	}

	/**
	 * The public facts of a hospital; the licence number and timestamps stay internal.
	 */
	record HospitalResponse(UUID id, String name, String district, String roadAddress, String phone, String postalCode,
			String status) {

		static HospitalResponse of(Hospital hospital) {
			return new HospitalResponse(hospital.id(), hospital.name(), hospital.district(), hospital.roadAddress(),
					hospital.phone(), hospital.postalCode(), hospital.status().name());
		}

	}

}
