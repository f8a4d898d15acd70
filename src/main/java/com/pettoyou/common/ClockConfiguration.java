package com.pettoyou.common;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the one {@link Clock} that every time check in the server uses: the system UTC
 * clock, or an {@link AdjustableClock} when {@code pettoyou.dev.clock-enabled} is true.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	Clock clock(@Value("${pettoyou.dev.clock-enabled:false}") boolean adjustable) {
		if (adjustable) {
			log.warn("The development clock is on: POST /api/v1/dev/clock moves server time forward");
			return new AdjustableClock(Clock.systemUTC());
		}
		return Clock.systemUTC();
	}

}
