package com.pettoyou.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Registers {@link ProductionSafetyCheck} in the {@code prod} profile. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSafetyConfiguration {

	@Bean
	static ProductionSafetyCheck productionSafetyCheck() {
		return new ProductionSafetyCheck();
	}

}
