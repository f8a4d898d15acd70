package com.pettoyou.insurance.claims;

/**
 * Computes what a policy pays for an approved amount, in whole won:
 *
 * <pre>
 * covered   = max(0, approvedAmount − deductible) × coveragePercent ÷ 100, rounded down
 * remaining = max(0, annualLimit − payouts of the policy's earlier approved and paid claims)
 * payout    = min(covered, remaining)
 * </pre>
 *
 * The deductible applies to each claim. Every step uses exact arithmetic and fails rather
 * than overflow; with amounts of at most 10,000,000 and a percentage of at most 100 it
 * never comes near the range of a {@code long}. Because the percentage is at most 100 and
 * the deductible is not negative, the payout never exceeds the approved amount.
 */
final class PayoutCalculator {

	private PayoutCalculator() {
	}

	/**
	 * Returns the payout, possibly 0 when the deductible or the used-up annual limit
	 * leaves nothing.
	 * @param alreadyPaid the payouts of the policy's earlier approved and paid claims
	 * @throws ArithmeticException on overflow, which the bounds of the inputs rule out
	 */
	static long payout(long approvedAmount, int coveragePercent, long deductible, long annualLimit, long alreadyPaid) {
		long eligible = Math.max(0, Math.subtractExact(approvedAmount, deductible));
		long covered = Math.multiplyExact(eligible, (long) coveragePercent) / 100;
		long remaining = Math.max(0, Math.subtractExact(annualLimit, alreadyPaid));
		return Math.min(Math.min(covered, remaining), approvedAmount);
	}

}
