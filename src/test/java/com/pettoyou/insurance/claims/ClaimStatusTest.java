package com.pettoyou.insurance.claims;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim workflow allows exactly the documented moves. */
class ClaimStatusTest {

	private static final Map<ClaimStatus, Set<ClaimStatus>> ALLOWED = Map.of(ClaimStatus.SUBMITTED,
			EnumSet.of(ClaimStatus.IN_REVIEW, ClaimStatus.REJECTED), ClaimStatus.IN_REVIEW,
			EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.REJECTED), ClaimStatus.APPROVED, EnumSet.of(ClaimStatus.PAID),
			ClaimStatus.PAID, EnumSet.noneOf(ClaimStatus.class), ClaimStatus.REJECTED,
			EnumSet.noneOf(ClaimStatus.class));

	@Test
	void everyPairIsDecided() {
		for (ClaimStatus from : ClaimStatus.values()) {
			for (ClaimStatus to : ClaimStatus.values()) {
				assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
			}
		}
	}

}
