package com.pettoyou.ratelimit.internal;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Token buckets stored in the application's Redis through Bucket4j's compare-and-swap
 * proxy manager. The connection reuses the Lettuce client of Spring's connection factory
 * and opens on first use, so the application starts while Redis is down. It is dropped
 * when the factory stops and reopened when it is found closed, because a stopped factory
 * shuts its client down. After a failed connection attempt the next one waits a second,
 * so an outage costs each request one fast failure instead of a connect timeout.
 */
final class RedisBuckets implements SmartLifecycle {

	private static final long RECONNECT_DELAY_NANOS = Duration.ofSeconds(1).toNanos();

	/** How long a full bucket stays in Redis after it has refilled completely. */
	private static final Duration KEEP_FULL_BUCKET = Duration.ofSeconds(10);

	private final LettuceConnectionFactory connectionFactory;

	private final TimeMeter timeMeter;

	private final Duration timeout;

	private StatefulRedisConnection<String, byte[]> connection;

	private ProxyManager<String> proxyManager;

	private long nextAttemptNanos;

	RedisBuckets(LettuceConnectionFactory connectionFactory, TimeMeter timeMeter, Duration timeout) {
		this.connectionFactory = connectionFactory;
		this.timeMeter = timeMeter;
		this.timeout = timeout;
	}

	/**
	 * Takes one token from the bucket under this Redis key, creating the bucket if
	 * needed.
	 */
	ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
		return proxyManager().builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
	}

	private synchronized ProxyManager<String> proxyManager() {
		if (proxyManager != null && connection.isOpen()) {
			return proxyManager;
		}
		closeConnection();
		if (System.nanoTime() - nextAttemptNanos < 0) {
			throw new IllegalStateException("Redis was unreachable moments ago; the next attempt waits");
		}
		try {
			connection = redisClient().connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		}
		catch (RuntimeException ex) {
			nextAttemptNanos = System.nanoTime() + RECONNECT_DELAY_NANOS;
			throw ex;
		}
		proxyManager = Bucket4jLettuce.casBasedBuilder(connection)
			.clientClock(timeMeter)
			.requestTimeout(timeout)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKET))
			.build();
		return proxyManager;
	}

	private RedisClient redisClient() {
		AbstractRedisClient client = connectionFactory.getRequiredNativeClient();
		if (client instanceof RedisClient standalone) {
			return standalone;
		}
		// NOTE: Redis Cluster and Sentinel set-ups need Bucket4j's cluster builder here.
		throw new IllegalStateException(
				"Rate limits support a standalone Redis only, not " + client.getClass().getSimpleName());
	}

	@Override
	public void start() {
		// Connects lazily on first use.
	}

	@Override
	public synchronized void stop() {
		closeConnection();
	}

	@Override
	public synchronized boolean isRunning() {
		return connection != null;
	}

	/**
	 * Shares the factory's phase; Spring stops a bean's dependents first, so the
	 * connection closes before the factory shuts its client down.
	 */
	@Override
	public int getPhase() {
		return connectionFactory.getPhase();
	}

	private void closeConnection() {
		if (connection != null && connection.isOpen()) {
			connection.close();
		}
		connection = null;
		proxyManager = null;
	}

}
