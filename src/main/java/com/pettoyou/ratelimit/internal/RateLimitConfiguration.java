package com.pettoyou.ratelimit.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.pettoyou.ratelimit.RateLimiter;

/** Wires the Redis-backed {@link RateLimiter} and warns when limits are switched off. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	RedisBuckets rateLimitBuckets(LettuceConnectionFactory connectionFactory, Clock clock,
			RateLimitProperties properties) {
		return new RedisBuckets(connectionFactory, new ClockTimeMeter(clock), properties.redisTimeout());
	}

	@Bean
	RateLimiter rateLimiter(RateLimitProperties properties, RedisBuckets buckets, StringRedisTemplate redis,
			ApplicationEventPublisher events, Clock clock) {
		if (!properties.enabled()) {
			log.warn("Rate limiting is switched off by pettoyou.ratelimit.enabled=false; no request is limited");
		}
		return new BucketRateLimiter(properties, buckets, new RateLimitNotifier(redis, events, clock));
	}

}
