package com.pettoyou.insurance.claims;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.insurance.ClaimType;
import com.pettoyou.insurance.claims.ClaimsProperties.CostLimit;

/**
 * Decides whether a claim's costs are reasonable, by one table of limits per claim type
 * ({@code pettoyou.claims.cost-limits}): a total outside the type's range is rejected
 * with 400 and the reason, and a total above the type's review threshold is accepted but
 * needs a manual review. The breakdown must add up to the total exactly.
 */
@Component
class CostRules {

	private final ClaimsProperties properties;

	CostRules(ClaimsProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks a claim's total and breakdown.
	 * @return whether the total is above the type's review threshold
	 * @throws ApiException 400 naming {@code totalClaimAmount} when the total is outside
	 * the type's range, or {@code costBreakdown} when the lines do not add up to it
	 */
	boolean check(ClaimType type, long total, List<CostLine> breakdown) {
		CostLimit limit = properties.limitFor(type);
		if (total < limit.minimum()) {
			throw rejected("totalClaimAmount", "below_minimum", "The total claim amount is below the minimum of "
					+ won(limit.minimum()) + " won for " + type + " claims.");
		}
		if (total > limit.maximum()) {
			throw rejected("totalClaimAmount", "above_maximum", "The total claim amount is above the maximum of "
					+ won(limit.maximum()) + " won for " + type + " claims.");
		}
		if (sum(breakdown) != total) {
			throw rejected("costBreakdown", "sum_mismatch",
					"The amounts of the cost breakdown must add up to the total claim amount.");
		}
		return total > limit.reviewThreshold();
	}

	/** Returns the type's review threshold, for the cost-anomaly event. */
	long reviewThreshold(ClaimType type) {
		return properties.limitFor(type).reviewThreshold();
	}

	/**
	 * Adds the lines' amounts.
	 * @throws ApiException 400 when the sum overflows a {@code long}
	 */
	private static long sum(List<CostLine> breakdown) {
		long sum = 0;
		try {
			for (CostLine line : breakdown) {
				sum = Math.addExact(sum, line.amount());
			}
		}
		catch (ArithmeticException ex) {
			throw rejected("costBreakdown", "sum_overflow", "The amounts of the cost breakdown are too large.");
		}
		return sum;
	}

	private static ApiException rejected(String field, String code, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, detail,
				List.of(new ApiException.FieldViolation(field, code)));
	}

	private static String won(long amount) {
		return NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
	}

}
