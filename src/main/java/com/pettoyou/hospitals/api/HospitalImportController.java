package com.pettoyou.hospitals.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.hospitals.register.HospitalRegisterImport;
import com.pettoyou.hospitals.register.ImportReport;
import com.pettoyou.identity.AuthenticatedAccount;

/** Starts an import of the configured hospital register file. */
@RestController
class HospitalImportController {

	private final HospitalRegisterImport registerImport;

	HospitalImportController(HospitalRegisterImport registerImport) {
		this.registerImport = registerImport;
	}

	/**
	 * Imports the file set by the server's configuration; a client cannot name a file.
	 */
	@PostMapping("/api/v1/admin/hospitals/import")
	ImportReport importRegister(@AuthenticationPrincipal AuthenticatedAccount admin,
			@RequestBody(required = false) ImportRequest request) {
		return registerImport.importConfiguredFile(admin);
	}

	/**
	 * The optional request body. It has no fields, so any field is rejected as unknown.
	 */
	record ImportRequest() {
	}

}
