package com.pettoyou.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.AdjustableClock;

/**
 * Reads and advances the development clock of local mode and tests. Moving it moves every
 * time check in the server (sessions, lockout, rate limits, tokens). The controller
 * exists only when {@code pettoyou.dev.clock-enabled} is true, so otherwise the path
 * returns 404.
 */
@RestController
@RequestMapping(PublicEndpoints.DEV_CLOCK_PATH)
@ConditionalOnProperty(name = "pettoyou.dev.clock-enabled", havingValue = "true")
class DevClockController {

	/** One year; a longer jump is almost certainly a mistake in a test. */
	static final long MAX_ADVANCE_SECONDS = 31_536_000;

	private final AdjustableClock clock;

	DevClockController(Clock clock) {
		if (!(clock instanceof AdjustableClock adjustable)) {
			throw new IllegalStateException("pettoyou.dev.clock-enabled is true but the Clock bean is not adjustable");
		}
		this.clock = adjustable;
	}

	@GetMapping
	ClockResponse now() {
		return ClockResponse.of(clock);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ClockResponse advance(@Valid @RequestBody AdvanceClock request) {
		clock.advance(Duration.ofSeconds(request.advanceSeconds()));
		return ClockResponse.of(clock);
	}

	/**
	 * How far to move the clock.
	 *
	 * @param advanceSeconds seconds, from 0 to one year
	 */
	record AdvanceClock(@NotNull @PositiveOrZero @Max(MAX_ADVANCE_SECONDS) Long advanceSeconds) {
	}

	/**
	 * The server time and how far it is ahead of the system clock.
	 *
	 * @param now the server time in UTC
	 * @param offsetSeconds the total forward offset in seconds
	 */
	record ClockResponse(Instant now, long offsetSeconds) {

		static ClockResponse of(AdjustableClock clock) {
			return new ClockResponse(clock.instant(), clock.offset().toSeconds());
		}

	}

}
