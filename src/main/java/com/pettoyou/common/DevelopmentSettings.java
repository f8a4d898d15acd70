package com.pettoyou.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * Settings that only local mode may turn on; any of them in production stops the start.
 */
final class DevelopmentSettings {

	private static final List<String> MUST_BE_FALSE = List.of("pettoyou.dev.clock-enabled", "pettoyou.dev.local-mode",
			"springdoc.api-docs.enabled", "springdoc.swagger-ui.enabled");

	private static final List<String> MUST_BE_UNSET = List.of("pettoyou.mail.outbox");

	private static final List<String> LOG_LEVELS = List.of("logging.level.root", "logging.level.com.pettoyou",
			"logging.level.org.springframework.security", "logging.level.org.springframework.web");

	private static final Set<String> VERBOSE_LEVELS = Set.of("DEBUG", "TRACE", "ALL");

	private DevelopmentSettings() {
	}

	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		for (String name : MUST_BE_FALSE) {
			if (environment.getProperty(name, Boolean.class, false)) {
				problems.add(name + " is a development setting and must be false");
			}
		}
		for (String name : MUST_BE_UNSET) {
			if (environment.containsProperty(name)) {
				problems.add(name + " is a development setting and must not be set");
			}
		}
		for (String name : LOG_LEVELS) {
			String level = environment.getProperty(name, "");
			if (VERBOSE_LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
				problems.add(name + " is " + level + "; debug logging may write personal data");
			}
		}
		String ddlAuto = environment.getProperty("spring.jpa.hibernate.ddl-auto", "none");
		if (!Set.of("none", "validate").contains(ddlAuto.toLowerCase(Locale.ROOT))) {
			problems.add("spring.jpa.hibernate.ddl-auto is " + ddlAuto + "; only none or validate are allowed");
		}
		if (Arrays.asList(environment.getActiveProfiles()).contains("local")) {
			problems.add("the local profile is active together with prod");
		}
		String baseUrl = environment.getProperty("pettoyou.links.base-url", "");
		if (!baseUrl.startsWith("https://")) {
			problems.add("pettoyou.links.base-url must be an https address");
		}
		return problems;
	}

}
