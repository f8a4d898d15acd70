package com.pettoyou.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds the checks that Spring MVC runs on every request before a platform handler. */
@Configuration(proxyBeanMethods = false)
class StrictRequestConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterCheck());
	}

}
