package com.pettoyou.monitoring.metrics;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets a scraper on the same host read health and metrics without signing in, once
 * {@code management.server.port} moves the actuator endpoints to their own port. A
 * request is let through only if it arrived on that port through a loopback interface, so
 * a management port bound to a public address still needs the auditor's token there.
 * Every other request on the port from a loopback interface gets 403.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("management.server.port")
class LoopbackManagementSecurity {

	/** The server namespace that Spring Boot gives the separate management server. */
	static final String MANAGEMENT_NAMESPACE = "management";

	private final AtomicInteger managementPort = new AtomicInteger(-1);

	/** Records the port of the management server once it listens, which may be random. */
	@EventListener
	void onWebServerStarted(WebServerInitializedEvent event) {
		WebServerApplicationContext context = event.getApplicationContext();
		if (MANAGEMENT_NAMESPACE.equals(context.getServerNamespace())) {
			recordManagementPort(event.getWebServer().getPort());
		}
	}

	void recordManagementPort(int port) {
		this.managementPort.set(port);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain loopbackManagementChain(HttpSecurity http) throws Exception {
		http.securityMatcher(this::isLoopbackManagementRequest)
			.csrf((csrf) -> csrf.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/actuator/prometheus", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.denyAll());
		return http.build();
	}

	boolean isLoopbackManagementRequest(HttpServletRequest request) {
		int port = this.managementPort.get();
		return port > 0 && request.getLocalPort() == port && isLoopback(request.getLocalAddr());
	}

	private static boolean isLoopback(String address) {
		try {
			// The address is a literal from the socket, so no name is looked up.
			return address != null && InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
