package com.pettoyou.insurance.claims;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.ErrorCodes;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;

/**
 * The per-account limits on claim submissions: {@code pettoyou.claims.hourly-limit} (5)
 * claims within any hour, then 429, and {@code pettoyou.claims.daily-limit} (10) within
 * any 24 hours, then 400. The windows slide, and they count the account's stored claims
 * in PostgreSQL while the submitting transaction holds the account's advisory lock.
 * Parallel submissions of one account therefore count one after another, on one instance
 * or many, and a submission that fails for another reason stores nothing and does not
 * count.
 */
@Component
class SubmissionLimits {

	static final String LIMIT_EVENT = "CLAIM_LIMIT_REACHED";

	static final Duration HOUR = Duration.ofHours(1);

	static final Duration DAY = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(SubmissionLimits.class);

	private final ClaimRepository claims;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int hourlyLimit;

	private final int dailyLimit;

	SubmissionLimits(ClaimRepository claims, ApplicationEventPublisher events, Clock clock,
			ClaimsProperties properties) {
		this.claims = claims;
		this.events = events;
		this.clock = clock;
		this.hourlyLimit = properties.hourlyLimit();
		this.dailyLimit = properties.dailyLimit();
	}

	/**
	 * Takes the account's submission lock for the rest of the transaction and checks both
	 * limits.
	 * @return the time the check used, which the new claim stores as its creation time
	 * @throws ClaimLimitExceededException 429 when the account reached the hourly limit
	 * @throws ApiException 400 {@code claim_limit_reached} when it reached the daily
	 * limit
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Instant acquire(UUID accountId) {
		claims.lockSubmissions(accountId);
		Instant now = clock.instant();
		long lastHour = claims.countByClaimantSince(accountId, now.minus(HOUR));
		if (lastHour >= hourlyLimit) {
			Instant oldest = claims.oldestByClaimantSince(accountId, now.minus(HOUR)).orElse(now);
			reached(accountId, "hourly");
			throw new ClaimLimitExceededException(hourlyLimit, secondsUntil(oldest.plus(HOUR), now));
		}
		if (claims.countByClaimantSince(accountId, now.minus(DAY)) >= dailyLimit) {
			reached(accountId, "daily");
			throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.CLAIM_LIMIT_REACHED,
					"An account may submit at most " + dailyLimit + " claims in 24 hours. Submit this claim later.",
					List.of(new ApiException.FieldViolation("claims", "daily_limit_reached")));
		}
		return now;
	}

	private void reached(UUID accountId, String window) {
		log.atWarn()
			.addKeyValue(LogKeys.ACCOUNT_ID, accountId)
			.addKeyValue(LogKeys.POLICY, window)
			.log("Claim submission limit reached");
		events.publishEvent(new SecurityEvent(LIMIT_EVENT, SecurityEvent.Severity.WARNING, accountId,
				RequestMetadata.current().clientAddress(), clock.instant(), Map.of("window", window)));
	}

	/** Returns the whole seconds from now until the given time, at least 1. */
	private static long secondsUntil(Instant until, Instant now) {
		long millis = Duration.between(now, until).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

}
