package com.pettoyou.insurance.claims;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.pettoyou.insurance.ClaimType;

/**
 * Settings under {@code pettoyou.claims}. Amounts are whole won.
 *
 * @param costLimits the accepted range and the review threshold of the total claim
 * amount, for every claim type
 * @param hourlyLimit claims one account may submit within any hour; the next one gets 429
 * @param dailyLimit claims one account may submit within any 24 hours; the next one gets
 * 400
 * @param fraud the thresholds of the rules that flag a claim for manual review
 */
@ConfigurationProperties("pettoyou.claims")
public record ClaimsProperties(Map<ClaimType, CostLimit> costLimits, @DefaultValue("5") int hourlyLimit,
		@DefaultValue("10") int dailyLimit, @DefaultValue FraudSettings fraud) {

	/** The largest amount of money that any request may carry. */
	static final long MAX_AMOUNT = 10_000_000L;

	/**
	 * Checks the settings.
	 * @throws IllegalArgumentException when a claim type has no cost limit, a limit is
	 * out of order or above {@value #MAX_AMOUNT}, or a count is not positive
	 */
	public ClaimsProperties {
		costLimits = Map.copyOf((costLimits != null) ? costLimits : Map.of());
		Set<ClaimType> missing = EnumSet.allOf(ClaimType.class);
		missing.removeAll(costLimits.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("pettoyou.claims.cost-limits has no entry for " + missing);
		}
		if (hourlyLimit < 1 || dailyLimit < hourlyLimit) {
			throw new IllegalArgumentException(
					"pettoyou.claims.hourly-limit must be at least 1 and daily-limit at least hourly-limit");
		}
	}

	/** Returns the cost limit of a claim type. */
	CostLimit limitFor(ClaimType type) {
		return costLimits.get(type);
	}

	/**
	 * The accepted range of a claim type's total amount, and the amount above which a
	 * claim is accepted but needs a manual review.
	 *
	 * @param minimum the smallest accepted total
	 * @param maximum the largest accepted total, at most 10,000,000
	 * @param reviewThreshold totals above it are flagged for review
	 */
	public record CostLimit(long minimum, long maximum, long reviewThreshold) {

		/**
		 * Checks the order of the amounts.
		 * @throws IllegalArgumentException unless 1 ≤ minimum ≤ reviewThreshold ≤ maximum
		 * ≤ 10,000,000
		 */
		public CostLimit {
			if (minimum < 1 || minimum > reviewThreshold || reviewThreshold > maximum || maximum > MAX_AMOUNT) {
				throw new IllegalArgumentException(
						"A claim cost limit needs 1 <= minimum <= review-threshold" + " <= maximum <= " + MAX_AMOUNT);
			}
		}

	}

	/**
	 * Thresholds of the fraud rules in {@link FraudRules}.
	 *
	 * @param earlyIncidentDays an incident less than this many days after the policy
	 * started is flagged
	 * @param roundAmountUnit a total that is a multiple of this is round
	 * @param roundAmountMinimum round totals from this amount up are flagged
	 * @param frequentClaims a claim is flagged when the account submitted this many
	 * claims, itself included, within {@code frequentClaimsWindow}
	 * @param frequentClaimsWindow the period that {@code frequentClaims} counts over
	 */
	public record FraudSettings(@DefaultValue("60") int earlyIncidentDays, @DefaultValue("100000") long roundAmountUnit,
			@DefaultValue("1000000") long roundAmountMinimum, @DefaultValue("3") int frequentClaims,
			@DefaultValue("7d") Duration frequentClaimsWindow) {

		/**
		 * Checks the thresholds.
		 * @throws IllegalArgumentException when a count, unit or period is not positive
		 */
		public FraudSettings {
			if (earlyIncidentDays < 0 || roundAmountUnit < 1 || frequentClaims < 2
					|| !frequentClaimsWindow.isPositive()) {
				throw new IllegalArgumentException("pettoyou.claims.fraud needs early-incident-days >= 0,"
						+ " round-amount-unit >= 1, frequent-claims >= 2 and a positive frequent-claims-window");
			}
		}

	}

}
