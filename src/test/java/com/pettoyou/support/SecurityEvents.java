package com.pettoyou.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import com.pettoyou.common.SecurityEvent;

/**
 * Collects the security events that the running application publishes, from any thread,
 * until it is closed.
 */
public final class SecurityEvents implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final List<SecurityEvent> received = new CopyOnWriteArrayList<>();

	private final ApplicationListener<PayloadApplicationEvent<?>> listener = (event) -> {
		if (event.getPayload() instanceof SecurityEvent securityEvent) {
			this.received.add(securityEvent);
		}
	};

	private SecurityEvents(ConfigurableApplicationContext context) {
		this.context = context;
		context.addApplicationListener(this.listener);
	}

	/** Starts collecting the events of the application in the given context. */
	public static SecurityEvents collect(ApplicationContext context) {
		return new SecurityEvents((ConfigurableApplicationContext) context);
	}

	/** Returns the events of the given type received so far, oldest first. */
	public List<SecurityEvent> ofType(String type) {
		return this.received.stream().filter((event) -> event.type().equals(type)).toList();
	}

	@Override
	public void close() {
		this.context.removeApplicationListener(this.listener);
	}

}
