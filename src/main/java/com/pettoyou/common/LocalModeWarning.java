package com.pettoyou.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Warns at startup that local mode runs on development keys and embedded services. */
@Component
@ConditionalOnBooleanProperty("pettoyou.dev.local-mode")
class LocalModeWarning {

	private static final Logger log = LoggerFactory.getLogger(LocalModeWarning.class);

	@EventListener(ApplicationReadyEvent.class)
	void warn() {
		log.warn("LOCAL MODE: embedded PostgreSQL and Redis, development keys and a mail outbox. "
				+ "Not for real data; use the prod profile for that.");
	}

}
