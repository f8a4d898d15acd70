package com.pettoyou.ratelimit.internal;

import java.time.Clock;
import java.time.Instant;

import io.github.bucket4j.TimeMeter;

/**
 * Gives Bucket4j the platform clock, so that buckets refill when the development clock
 * moves forward. Every instance must run on synchronized clocks, because the bucket state
 * in Redis records times from whichever instance wrote it last.
 */
final class ClockTimeMeter implements TimeMeter {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final Clock clock;

	ClockTimeMeter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public long currentTimeNanos() {
		Instant now = clock.instant();
		return Math.addExact(Math.multiplyExact(now.getEpochSecond(), NANOS_PER_SECOND), now.getNano());
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

}
