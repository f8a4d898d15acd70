package com.pettoyou.insurance.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The payout formula: coverage, deductible, remaining annual limit, rounding down. */
class PayoutCalculatorTest {

	@ParameterizedTest
	@CsvSource({
			// approved, percent, deductible, annual limit, already paid, payout
			"1000000, 70, 20000, 5000000, 0, 686000", "25000, 70, 20000, 5000000, 0, 3500",
			"20000, 70, 20000, 5000000, 0, 0", "10000, 70, 20000, 5000000, 0, 0",
			"2000000, 50, 30000, 3000000, 2485000, 515000", "100000, 50, 30000, 3000000, 3000000, 0",
			"100000, 50, 30000, 3000000, 3100000, 0", "22374, 80, 10000, 10000000, 0, 9899",
			"10000000, 100, 0, 10000000, 0, 10000000", "1, 100, 0, 1, 0, 1" })
	void payoutFollowsFormula(long approved, int percent, long deductible, long limit, long paid, long payout) {
		assertThat(PayoutCalculator.payout(approved, percent, deductible, limit, paid)).isEqualTo(payout);
	}

	@Test
	void payoutNeverExceedsApprovedAmount() {
		for (long approved = 1; approved <= 50_000; approved += 997) {
			assertThat(PayoutCalculator.payout(approved, 100, 0, Long.MAX_VALUE, 0)).isLessThanOrEqualTo(approved);
		}
	}

	@Test
	void overflowFailsInsteadOfWrapping() {
		assertThatThrownBy(() -> PayoutCalculator.payout(Long.MAX_VALUE, 100, 0, Long.MAX_VALUE, 0))
			.isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> PayoutCalculator.payout(Long.MIN_VALUE, 100, 1, 10, 0))
			.isInstanceOf(ArithmeticException.class);
	}

}
