package com.pettoyou.web;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.lang.NonNull;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import com.pettoyou.common.ApiException;

/**
 * Refuses query parameters that the handler does not declare, just as unknown JSON
 * properties are refused. A client that adds {@code sort=}, {@code order=} or a misspelt
 * filter gets 400 naming the parameter instead of a result that silently ignored it. Only
 * the platform's own controllers are checked; Actuator and the local-mode API
 * documentation keep their own rules.
 */
class QueryParameterCheck implements HandlerInterceptor {

	private static final String OWN_PACKAGE = "com.pettoyou.";

	private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
			@NonNull Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(OWN_PACKAGE)) {
			return true;
		}
		Set<String> allowed = declared.computeIfAbsent(method.getMethod(), (key) -> requestParameters(method));
		for (String name : Collections.list(request.getParameterNames())) {
			if (!allowed.contains(name)) {
				throw ApiException.invalidField(name, "unknown_parameter");
			}
		}
		return true;
	}

	private static Set<String> requestParameters(HandlerMethod method) {
		Set<String> names = new HashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation == null) {
				continue;
			}
			String name = StringUtils.hasText(annotation.name()) ? annotation.name() : parameter.getParameterName();
			if (name != null) {
				names.add(name);
			}
		}
		return Set.copyOf(names);
	}

}
