package com.pettoyou.hospitals.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.PageResponse;
import com.pettoyou.hospitals.service.HospitalDirectory;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.service.HospitalStaffAdministration;
import com.pettoyou.identity.service.HospitalStaffAdministration.StaffMember;

/**
 * The staff accounts of a hospital, managed by that hospital's administrators. An unknown
 * hospital id gives 404 before the ownership check, because hospital ids are public.
 */
@RestController
@RequestMapping("/api/v1/hospitals/{hospitalId}/staff")
class HospitalStaffController {

	private final HospitalStaffAdministration staff;

	private final HospitalDirectory directory;

	HospitalStaffController(HospitalStaffAdministration staff, HospitalDirectory directory) {
		this.staff = staff;
		this.directory = directory;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	CreatedResponse create(@AuthenticationPrincipal AuthenticatedAccount hospitalAdmin, @PathVariable UUID hospitalId,
			@Valid @RequestBody CreateStaff request) {
		directory.get(hospitalId);
		UUID id = staff.createStaff(hospitalAdmin, hospitalId, request.email(), request.name());
		return new CreatedResponse(id);
	}

	@GetMapping
	PageResponse<StaffResponse> list(@AuthenticationPrincipal AuthenticatedAccount hospitalAdmin,
			@PathVariable UUID hospitalId) {
		directory.get(hospitalId);
		List<StaffMember> members = staff.listStaff(hospitalAdmin, hospitalId);
		return PageResponse.of(members.stream().map(StaffResponse::of).toList());
	}

	/** A new staff member. Its {@code toString()} hides the email. */
	record CreateStaff(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 100) @Pattern(regexp = HospitalController.TEXT_PATTERN) String name) {

		CreateStaff {
			email = (email != null) ? email.strip() : null;
		}

		@Override
		public String toString() {
			return "CreateStaff[]";
		}

	}

	record CreatedResponse(UUID id) {
	}

	record StaffResponse(UUID id, String name, String role, String status) {

		static StaffResponse of(StaffMember member) {
			return new StaffResponse(member.id(), member.name(), member.role().name(), member.status());
		}

	}

}
