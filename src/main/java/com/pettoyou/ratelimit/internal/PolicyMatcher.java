package com.pettoyou.ratelimit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.pettoyou.ratelimit.internal.RateLimitProperties.Policy;

/** Decides whether a policy guards a request, by its path patterns and methods. */
final class PolicyMatcher {

	private final String name;

	private final List<PathPattern> paths;

	private final Set<String> methods;

	PolicyMatcher(String name, Policy policy) {
		this.name = name;
		this.paths = policy.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.methods = policy.methods()
			.stream()
			.map((method) -> method.toUpperCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	String name() {
		return name;
	}

	boolean matches(String method, PathContainer path) {
		if (!methods.isEmpty() && !methods.contains(method)) {
			return false;
		}
		return paths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

}
