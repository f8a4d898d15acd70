package com.pettoyou.identity.api;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.ApiException;
import com.pettoyou.identity.AuthenticatedAccount;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.account.Account;
import com.pettoyou.identity.account.AccountStatus;
import com.pettoyou.identity.service.AccountAdministration;

/** Account management for platform administrators. */
@RestController
@RequestMapping("/api/v1/admin/accounts")
class AdminAccountController {

	private final AccountAdministration administration;

	AdminAccountController(AccountAdministration administration) {
		this.administration = administration;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@AuthenticationPrincipal AuthenticatedAccount admin,
			@Valid @RequestBody CreateAccount request) {
		return Map.of("id",
				administration.create(admin, request.email(), request.name(), request.role(), request.hospitalId()));
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	AccountResponse update(@AuthenticationPrincipal AuthenticatedAccount admin, @PathVariable UUID id,
			@Valid @RequestBody UpdateAccount request) {
		if (request.role() == null && request.status() == null) {
			throw ApiException.invalidField("role", "role_or_status_required");
		}
		return AccountResponse.of(administration.update(admin, id, request.role(), request.status()));
	}

	@PostMapping("/{id}/revoke-sessions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeSessions(@AuthenticationPrincipal AuthenticatedAccount admin, @PathVariable UUID id) {
		administration.revokeSessions(admin, id);
	}

	/** A new account; {@code toString()} hides the email. */
	record CreateAccount(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 100) @Pattern(regexp = AuthRequests.NAME_PATTERN) String name, @NotNull Role role,
			UUID hospitalId) {

		CreateAccount {
			email = AuthRequests.strip(email);
		}

		@Override
		public String toString() {
			return "CreateAccount[role=" + role + "]";
		}

	}

	record UpdateAccount(Role role, AccountStatus status) {
	}

	record AccountResponse(UUID id, String name, String role, String status, UUID hospitalId) {

		static AccountResponse of(Account account) {
			return new AccountResponse(account.id(), account.name(), account.role().name(), account.status().name(),
					account.hospitalId());
		}

	}

}
