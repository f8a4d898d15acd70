package com.pettoyou.identity.lockout;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import com.pettoyou.identity.LockoutProperties;

/**
 * The per-email login lockout, kept in Redis so that every instance shares it. It is
 * keyed on the blind index of the canonical email whether or not an account exists, so a
 * locked response reveals nothing. Attempts are reserved before the password is checked,
 * so parallel guesses cannot slip past the limit.
 */
@Component
public class LoginLockout {

	private static final String KEY = "pettoyou:lockout:";

	private static final RedisScript<Long> BEGIN = RedisScript.of(new ClassPathResource("identity/lockout-begin.lua"),
			Long.class);

	private static final RedisScript<Long> FAILURE = RedisScript
		.of(new ClassPathResource("identity/lockout-failure.lua"), Long.class);

	private final StringRedisTemplate redis;

	private final LockoutProperties properties;

	private final Clock clock;

	LoginLockout(StringRedisTemplate redis, LockoutProperties properties, Clock clock) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Reserves an attempt to check a password for this email.
	 * @return {@code false} when the email is locked, in which case the password must not
	 * be checked
	 */
	public boolean tryBegin(byte[] emailIndex) {
		Long attempt = redis.execute(BEGIN, List.of(key(emailIndex)), Long.toString(now()),
				Integer.toString(properties.maxFailures()), Long.toString(expiryMillis()));
		return attempt != null && attempt > 0;
	}

	/**
	 * Counts a failed attempt.
	 * @return when the lock ends, if this failure locked the email
	 */
	public Optional<Instant> recordFailure(byte[] emailIndex) {
		Long lockedUntil = redis.execute(FAILURE, List.of(key(emailIndex)), Long.toString(now()),
				Integer.toString(properties.maxFailures()), Long.toString(properties.initialLock().toMillis()),
				Long.toString(properties.maxLock().toMillis()), Long.toString(properties.escalationWindow().toMillis()),
				Long.toString(expiryMillis()));
		return (lockedUntil != null && lockedUntil > 0) ? Optional.of(Instant.ofEpochMilli(lockedUntil))
				: Optional.empty();
	}

	/**
	 * Resets the failure count after a successful login; earlier locks still escalate.
	 */
	public void recordSuccess(byte[] emailIndex) {
		redis.opsForHash().put(key(emailIndex), "attempts", "0");
		redis.opsForHash().put(key(emailIndex), "failures", "0");
	}

	/** Removes the lock and every count, after the owner reset the password. */
	public void clear(byte[] emailIndex) {
		redis.delete(key(emailIndex));
	}

	private long now() {
		return clock.millis();
	}

	private long expiryMillis() {
		return properties.maxLock().plus(properties.escalationWindow()).toMillis();
	}

	private static String key(byte[] emailIndex) {
		return KEY + HexFormat.of().formatHex(emailIndex);
	}

}
