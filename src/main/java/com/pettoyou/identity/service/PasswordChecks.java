package com.pettoyou.identity.service;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ApiException.FieldViolation;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.identity.password.PasswordPolicy;
import com.pettoyou.identity.password.PasswordViolation;

/** Applies the password rules and turns violations into a 400 naming each broken rule. */
@Component
class PasswordChecks {

	private final PasswordPolicy policy;

	PasswordChecks(PasswordPolicy policy) {
		this.policy = policy;
	}

	void requireAcceptable(String field, String password, String canonicalEmail) {
		List<PasswordViolation> violations = policy.check(password, canonicalEmail);
		if (!violations.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
					"The password does not meet the password rules.",
					violations.stream().map((violation) -> new FieldViolation(field, violation.code())).toList());
		}
	}

}
