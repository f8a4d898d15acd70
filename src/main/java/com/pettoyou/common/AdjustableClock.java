package com.pettoyou.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that runs with the system clock plus an offset that can only grow. Local
 * mode and tests use it so that session, lockout, token and rate-limit timeouts can be
 * checked without waiting; production uses the plain system clock.
 */
public final class AdjustableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public AdjustableClock(Clock base) {
		this.base = base;
	}

	/**
	 * Moves the clock forward.
	 * @param amount how far, zero or positive
	 * @throws IllegalArgumentException if the amount is negative
	 */
	public void advance(Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("The clock only moves forward");
		}
		offset.accumulateAndGet(amount, Duration::plus);
	}

	public Duration offset() {
		return offset.get();
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The platform clock is always UTC");
	}

}
