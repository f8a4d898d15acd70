package com.pettoyou.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import com.pettoyou.identity.ClientType;
import com.pettoyou.identity.Role;
import com.pettoyou.identity.SessionProperties;

/**
 * Keeps sessions in Redis, shared by every instance. Session keys are named by the
 * session ref, never by the token id. Timeouts are checked against the injected clock;
 * Redis expiry only removes sessions that get no further requests.
 */
@Component
public class SessionStore {

	private static final String SESSION_KEY = "pettoyou:session:";

	private static final String ACCOUNT_KEY = "pettoyou:account-sessions:";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The {@code COUNT} hint of each {@code SCAN} call: keys Redis examines per batch.
	 */
	private static final long SCAN_BATCH = 1000;

	private static final RedisScript<Long> UPDATE = RedisScript.of(new ClassPathResource("identity/session-update.lua"),
			Long.class);

	private final StringRedisTemplate redis;

	private final SessionProperties properties;

	private final Clock clock;

	SessionStore(StringRedisTemplate redis, SessionProperties properties, Clock clock) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Creates a session and ends the oldest ones beyond the per-account limit.
	 * @return the new session and its token id, which only the token carries
	 */
	public CreatedSession create(UUID accountId, Role role, ClientType client, String userAgent, boolean restricted) {
		String tokenId = newTokenId();
		Instant now = clock.instant();
		Session session = new Session(refOf(tokenId), accountId, role, client, Objects.toString(userAgent, ""), now,
				now, restricted);
		save(session);
		redis.opsForZSet().add(ACCOUNT_KEY + accountId, session.ref(), now.toEpochMilli());
		trimToLimit(accountId);
		return new CreatedSession(session, tokenId);
	}

	/**
	 * Returns the live session of a token id, or empty when it ended or never existed.
	 */
	public Optional<Session> findByTokenId(String tokenId) {
		return find(refOf(tokenId));
	}

	/** Returns the session with this ref if it exists and has not timed out. */
	public Optional<Session> find(String ref) {
		Map<Object, Object> fields = redis.opsForHash().entries(SESSION_KEY + ref);
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		Session session = fromHash(ref, fields);
		if (isExpired(session, clock.instant())) {
			end(session.ref(), session.accountId());
			return Optional.empty();
		}
		return Optional.of(session);
	}

	/**
	 * Records a request on the session, which restarts its idle timeout. A session that
	 * ended in the meantime stays ended.
	 */
	public void touch(Session session) {
		Instant now = clock.instant();
		update(session.ref(), "lastSeenAt", Long.toString(now.toEpochMilli()), remainingLifetime(session, now));
	}

	/**
	 * Lets a restricted session act with its full role, after the password was changed. A
	 * session that ended in the meantime stays ended.
	 */
	public void liftRestriction(String ref) {
		update(ref, "restricted", "false", Duration.ZERO);
	}

	/** Lists the account's live sessions, oldest first. */
	public List<Session> list(UUID accountId) {
		Set<String> refs = redis.opsForZSet().range(ACCOUNT_KEY + accountId, 0, -1);
		List<Session> sessions = new ArrayList<>();
		for (String ref : (refs != null) ? refs : Set.<String>of()) {
			find(ref).ifPresentOrElse(sessions::add, () -> redis.opsForZSet().remove(ACCOUNT_KEY + accountId, ref));
		}
		sessions.sort(Comparator.comparing(Session::createdAt));
		return sessions;
	}

	/** Ends one session. */
	public void end(String ref, UUID accountId) {
		redis.delete(SESSION_KEY + ref);
		redis.opsForZSet().remove(ACCOUNT_KEY + accountId, ref);
	}

	/**
	 * Ends every session of the account except the one with {@code keepRef}, which may be
	 * {@code null}.
	 * @return the refs of the ended sessions
	 */
	public List<String> endAll(UUID accountId, String keepRef) {
		Set<String> refs = redis.opsForZSet().range(ACCOUNT_KEY + accountId, 0, -1);
		List<String> ended = new ArrayList<>();
		for (String ref : (refs != null) ? refs : Set.<String>of()) {
			if (!ref.equals(keepRef)) {
				end(ref, accountId);
				ended.add(ref);
			}
		}
		return ended;
	}

	/**
	 * Counts the session keys in Redis with {@code SCAN}, never {@code KEYS}, so Redis
	 * serves other clients between batches. A session that timed out on the injected
	 * clock but whose key Redis has not yet expired is still counted. {@code SCAN} may
	 * return a key twice, so the keys are collected in a set.
	 */
	public long countAll() {
		ScanOptions options = ScanOptions.scanOptions().match(SESSION_KEY + "*").count(SCAN_BATCH).build();
		Set<String> refs = new HashSet<>();
		try (Cursor<String> keys = redis.scan(options)) {
			keys.forEachRemaining(refs::add);
		}
		return refs.size();
	}

	/** Returns the public session ref of a token id. */
	public static String refOf(String tokenId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(tokenId.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * Sets one field of a live session atomically, and its expiry unless {@code expiry}
	 * is zero. Writing to a session that was just ended would otherwise create a hash
	 * with that field alone.
	 */
	private void update(String ref, String field, String value, Duration expiry) {
		redis.execute(UPDATE, List.of(SESSION_KEY + ref), field, value, Long.toString(expiry.toMillis()));
	}

	private void save(Session session) {
		String key = SESSION_KEY + session.ref();
		redis.opsForHash()
			.putAll(key,
					Map.of("accountId", session.accountId().toString(), "role", session.role().name(), "client",
							session.client().name(), "userAgent", session.userAgent(), "createdAt",
							Long.toString(session.createdAt().toEpochMilli()), "lastSeenAt",
							Long.toString(session.lastSeenAt().toEpochMilli()), "restricted",
							Boolean.toString(session.restricted())));
		redis.expire(key, remainingLifetime(session, session.createdAt()));
	}

	private void trimToLimit(UUID accountId) {
		List<Session> live = list(accountId);
		int excess = live.size() - properties.maxPerAccount();
		for (int i = 0; i < excess; i++) {
			end(live.get(i).ref(), accountId);
		}
	}

	private boolean isExpired(Session session, Instant now) {
		return !now.isBefore(session.lastSeenAt().plus(properties.idleTimeout()))
				|| !now.isBefore(session.createdAt().plus(properties.absoluteTimeout()));
	}

	private Duration remainingLifetime(Session session, Instant now) {
		Duration untilAbsolute = Duration.between(now, session.createdAt().plus(properties.absoluteTimeout()));
		Duration idle = properties.idleTimeout();
		Duration remaining = (untilAbsolute.compareTo(idle) < 0) ? untilAbsolute : idle;
		return remaining.isNegative() || remaining.isZero() ? Duration.ofSeconds(1) : remaining;
	}

	private static Session fromHash(String ref, Map<Object, Object> fields) {
		return new Session(ref, UUID.fromString((String) fields.get("accountId")),
				Role.valueOf((String) fields.get("role")), ClientType.valueOf((String) fields.get("client")),
				(String) fields.get("userAgent"),
				Instant.ofEpochMilli(Long.parseLong((String) fields.get("createdAt"))),
				Instant.ofEpochMilli(Long.parseLong((String) fields.get("lastSeenAt"))),
				Boolean.parseBoolean((String) fields.get("restricted")));
	}

	static String newTokenId() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A new session and the token id that names it; {@code toString()} hides the id. */
	public record CreatedSession(Session session, String tokenId) {

		@Override
		public String toString() {
			return "CreatedSession[ref=" + session.ref() + ", tokenId redacted]";
		}

	}

}
