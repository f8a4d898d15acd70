package com.pettoyou.payments;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import com.pettoyou.common.SecurityEvent;

/**
 * Records every published {@link SecurityEvent} in {@link PaymentsIntegrationTest}
 * contexts. The property guard keeps it out of local mode, which scans the test classes
 * too.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SecurityEvents.ENABLED, havingValue = "true")
public class SecurityEvents {

	static final String ENABLED = "pettoyou.test.payment-security-events";

	private final List<SecurityEvent> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(SecurityEvent event) {
		events.add(event);
	}

	/** Returns the recorded events of this type, oldest first. */
	public List<SecurityEvent> ofType(String type) {
		return events.stream().filter((event) -> event.type().equals(type)).toList();
	}

}
