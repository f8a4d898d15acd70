package com.pettoyou.insurance.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The term of an activated policy.
 *
 * @param startsAt when the first premium payment succeeded
 * @param endsAt one calendar year after the start in Korean time, so a term that starts
 * on 29 February ends on 28 February
 * @param waitingPeriodEndsAt the product's waiting-period days after the start
 */
record PolicyTerm(Instant startsAt, Instant endsAt, Instant waitingPeriodEndsAt) {

	/**
	 * The zone whose calendar decides the policy year: holders and insurers are in Korea.
	 */
	static final ZoneId POLICY_ZONE = ZoneId.of("Asia/Seoul");

	static PolicyTerm startingAt(Instant startsAt, int waitingPeriodDays) {
		ZonedDateTime start = startsAt.atZone(POLICY_ZONE);
		return new PolicyTerm(startsAt, start.plusYears(1).toInstant(), start.plusDays(waitingPeriodDays).toInstant());
	}

}
