package com.pettoyou.identity;

import io.micrometer.core.instrument.MeterRegistry;

import com.pettoyou.identity.password.PasswordHasher;

/**
 * Reads the Micrometer counter of password hash verifications, dummy ones included, so a
 * test can tell whether a request checked a password.
 */
final class VerificationCounter {

	private final MeterRegistry registry;

	VerificationCounter(MeterRegistry registry) {
		this.registry = registry;
	}

	long count() {
		return (long) registry.get(PasswordHasher.VERIFICATIONS_METRIC).counter().count();
	}

}
