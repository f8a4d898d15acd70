package com.pettoyou.ratelimit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.pettoyou.common.AdjustableClock;
import com.pettoyou.ratelimit.RateLimitDecision;
import com.pettoyou.ratelimit.RateLimiter;
import com.pettoyou.ratelimit.internal.RateLimitProperties.Policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The parts of the rate limiter that need no Redis. */
@ExtendWith(OutputCaptureExtension.class)
class RateLimiterUnitTest {

	static final Policy LOGIN = new Policy(20, Duration.ofMinutes(15), List.of("/api/v1/auth/login"), List.of("post"));

	static final Policy GLOBAL = new Policy(1000, Duration.ofMinutes(15), List.of("/**"), List.of());

	static final Policy UPLOAD = new Policy(10, Duration.ofMinutes(10), List.of(), List.of());

	@Test
	void policiesMatchPathAndMethod() {
		RateLimiter limiter = limiter(true);

		assertThat(limiter.policiesFor("POST", "/api/v1/auth/login")).containsExactly("login", "global");
		assertThat(limiter.policiesFor("GET", "/api/v1/auth/login")).containsExactly("global");
		assertThat(limiter.policiesFor("POST", "/api/v1/auth/login/extra")).containsExactly("global");
		assertThat(limiter.policiesFor("DELETE", "/")).containsExactly("global");
	}

	@Test
	void disabledLimiterGuardsNothing(CapturedOutput output) {
		RateLimiter limiter = limiter(false);

		assertThat(limiter.policiesFor("POST", "/api/v1/auth/login")).isEmpty();
		assertThat(output.getOut()).contains("WARN").contains("pettoyou.ratelimit.enabled=false");
	}

	@Test
	void enabledLimiterLogsNoWarning(CapturedOutput output) {
		limiter(true);

		assertThat(output.getOut()).doesNotContain("Rate limiting is switched off");
	}

	@Test
	void unknownPolicyIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> limiter(true).tryConsume("missing", "192.0.2.1"))
			.withMessageContaining("missing");
	}

	@Test
	void accountPolicyIsNeverMatchedByPath() {
		RateLimiter limiter = limiter(true);

		assertThat(limiter.policiesFor("POST", "/api/v1/documents")).containsExactly("global");
	}

	@Test
	void accountLimitOfPathPolicyIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> limiter(true).tryConsumeForAccount("login", UUID.randomUUID()))
			.withMessageContaining("login")
			.withMessageContaining("per client address");
	}

	@Test
	void accountLimitOfUnknownPolicyIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> limiter(true).tryConsumeForAccount("missing", UUID.randomUUID()))
			.withMessageContaining("missing");
	}

	@Test
	void disabledLimiterAllowsAccountRequests() {
		RateLimitDecision decision = limiter(false).tryConsumeForAccount("upload", UUID.randomUUID());

		assertThat(decision.allowed()).isTrue();
		assertThat(decision.limit()).isEqualTo(UPLOAD.capacity());
	}

	@Test
	void zeroCapacityIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Policy(0, Duration.ofMinutes(1), List.of("/**"), List.of()));
	}

	@Test
	void zeroPeriodIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Policy(1, Duration.ZERO, List.of("/**"), List.of()));
	}

	@Test
	void timeMeterFollowsAdjustableClock() {
		AdjustableClock clock = new AdjustableClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
		ClockTimeMeter meter = new ClockTimeMeter(clock);
		long before = meter.currentTimeNanos();

		clock.advance(Duration.ofMinutes(15));

		assertThat(meter.currentTimeNanos() - before).isEqualTo(Duration.ofMinutes(15).toNanos());
		assertThat(meter.isWallClockBased()).isTrue();
	}

	private static RateLimiter limiter(boolean enabled) {
		Map<String, Policy> policies = new LinkedHashMap<>();
		policies.put("login", LOGIN);
		policies.put("global", GLOBAL);
		policies.put("upload", UPLOAD);
		RateLimitProperties properties = new RateLimitProperties(enabled, Duration.ofSeconds(2), policies);
		RedisBuckets unusedBuckets = new RedisBuckets(null, new ClockTimeMeter(Clock.systemUTC()),
				properties.redisTimeout());
		return new RateLimitConfiguration().rateLimiter(properties, unusedBuckets, new StringRedisTemplate(),
				(event) -> {
				}, Clock.systemUTC());
	}

}
