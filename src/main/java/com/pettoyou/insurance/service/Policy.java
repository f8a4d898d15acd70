package com.pettoyou.insurance.service;

import java.time.Instant;
import java.util.UUID;

import com.pettoyou.insurance.PolicyStatus;

/**
 * A pet's insurance policy.
 *
 * @param holderId the policyholder's account, which owned the pet at enrolment
 * @param startsAt the start of the term, or {@code null} while pending
 * @param endsAt the end of the term, or {@code null} while pending
 * @param waitingPeriodEndsAt when claims start to be covered, or {@code null} while
 * pending
 */
public record Policy(UUID id, UUID holderId, UUID petId, UUID productId, PolicyStatus status, Instant startsAt,
		Instant endsAt, Instant waitingPeriodEndsAt, Instant createdAt) {

}
