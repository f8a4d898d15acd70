package com.pettoyou.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pettoyou.common.SecurityEvent;

/**
 * Endpoints, a filter and a listener that exist only in {@link EdgeIntegrationTest}
 * contexts: an endpoint that fails with an exception carrying a client-chosen message,
 * one that binds a body of every scalar type, a servlet filter that fails, and a recorder
 * of published security events.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = TestEndpoints.ENABLED, havingValue = "true")
public class TestEndpoints {

	/**
	 * Guards these beans, because local mode scans the test classes too and must not get
	 * them.
	 */
	static final String ENABLED = "pettoyou.test.edge-endpoints";

	static final String FAILURE_PATH = "/api/v1/test/failure";

	static final String TYPED_BODY_PATH = "/api/v1/test/typed-body";

	static final String FILTER_FAILURE_PATH = "/api/v1/test/filter-failure";

	/**
	 * Registers a servlet filter that fails on {@link #FILTER_FAILURE_PATH}, before any
	 * controller.
	 */
	@Bean
	FilterRegistrationBean<Filter> failingFilter() {
		Filter filter = (request, response, chain) -> {
			if (FILTER_FAILURE_PATH.equals(((HttpServletRequest) request).getRequestURI())) {
				throw new IllegalStateException("Filter failure forced by a test at org.example.SecretFilter");
			}
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	SecurityEventRecorder securityEventRecorder() {
		return new SecurityEventRecorder();
	}

	/** The test-only controller, found by component scanning. */
	@RestController
	@ConditionalOnProperty(name = TestEndpoints.ENABLED, havingValue = "true")
	@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	static class TestController {

		@GetMapping(FAILURE_PATH)
		String fail() {
			throw new IllegalStateException("Failure forced by a test at org.example.SecretClass");
		}

		@PostMapping(path = FAILURE_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
		String failWith(@RequestBody FailureRequest request) {
			throw new IllegalStateException(request.message());
		}

		@PostMapping(path = TYPED_BODY_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
		TypedBody echo(@Valid @RequestBody TypedBody body) {
			return body;
		}

		@PatchMapping(path = TYPED_BODY_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
		TypedBody patch(@Valid @RequestBody TypedBody body) {
			return body;
		}

	}

	record FailureRequest(String message) {
	}

	enum Kind {

		DOG, CAT

	}

	record TypedBody(@NotNull Integer count, long amount, boolean flag, Kind kind, String name, List<Object> nested) {
	}

	/** Collects every {@link SecurityEvent} that the application publishes. */
	public static class SecurityEventRecorder {

		private final List<SecurityEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(SecurityEvent event) {
			events.add(event);
		}

		public List<SecurityEvent> events() {
			return List.copyOf(events);
		}

	}

}
