package com.pettoyou.insurance.service;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyTermTest {

	@Test
	void termEndsOneKoreanYearLater() {
		Instant start = Instant.parse("2026-03-10T15:30:00Z");

		PolicyTerm term = PolicyTerm.startingAt(start, 30);

		assertThat(term.startsAt()).isEqualTo(start);
		assertThat(term.endsAt()).isEqualTo(Instant.parse("2027-03-10T15:30:00Z"));
		assertThat(term.waitingPeriodEndsAt()).isEqualTo(Instant.parse("2026-04-09T15:30:00Z"));
	}

	@Test
	void leapDayStartEndsOnTwentyEighth() {
		// 29 February 2028, 10:00 in Seoul.
		Instant start = Instant.parse("2028-02-29T01:00:00Z");

		PolicyTerm term = PolicyTerm.startingAt(start, 0);

		assertThat(term.endsAt()).isEqualTo(Instant.parse("2029-02-28T01:00:00Z"));
		assertThat(term.waitingPeriodEndsAt()).isEqualTo(start);
	}

	@Test
	void koreanCalendarDecidesLeapDay() {
		// 28 February 2028, 23:30 in UTC, is already 29 February in Seoul.
		Instant start = Instant.parse("2028-02-28T23:30:00Z");

		PolicyTerm term = PolicyTerm.startingAt(start, 90);

		assertThat(term.endsAt()).isEqualTo(Instant.parse("2029-02-27T23:30:00Z"));
	}

}
