package com.pettoyou.insurance.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.pettoyou.insurance.ClaimType;
import com.pettoyou.insurance.PolicyStatus;

/**
 * A policy with the terms of its product, as a claim needs them. Amounts are whole won;
 * the term and waiting period are {@code null} while the policy is pending.
 */
record CoveredPolicy(UUID id, UUID holderId, UUID petId, PolicyStatus status, Instant startsAt, Instant endsAt,
		Instant waitingPeriodEndsAt, List<ClaimType> coverageTypes, int coveragePercent, long deductible,
		long annualLimit) {

	/** The zone whose calendar decides the dates of a policy and of an incident. */
	static final ZoneId POLICY_ZONE = ZoneId.of("Asia/Seoul");

	CoveredPolicy {
		coverageTypes = List.copyOf(coverageTypes);
	}

	/** Returns the date in Korean time on which the term started. */
	LocalDate startDate() {
		return LocalDate.ofInstant(startsAt, POLICY_ZONE);
	}

	/**
	 * Returns the first incident date that the policy covers: the date in Korean time on
	 * which the waiting period ends.
	 */
	LocalDate firstCoveredDate() {
		return LocalDate.ofInstant(waitingPeriodEndsAt, POLICY_ZONE);
	}

	/**
	 * Returns the date in Korean time on which the term ends, which is the first date the
	 * policy no longer covers.
	 */
	LocalDate endDate() {
		return LocalDate.ofInstant(endsAt, POLICY_ZONE);
	}

}
