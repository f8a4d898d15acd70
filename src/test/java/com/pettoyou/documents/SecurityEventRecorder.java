package com.pettoyou.documents;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import com.pettoyou.common.SecurityEvent;

/** Collects the security events that the application publishes. */
@TestComponent
public class SecurityEventRecorder {

	private final List<SecurityEvent> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(SecurityEvent event) {
		events.add(event);
	}

	/** Returns the events of this type about this account, oldest first. */
	public List<SecurityEvent> of(String type, UUID accountId) {
		return events.stream()
			.filter((event) -> event.type().equals(type) && accountId.equals(event.accountId()))
			.toList();
	}

}
