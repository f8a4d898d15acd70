package com.pettoyou.identity.service;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.SecurityEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes reach monitoring only once committed; attempts reach it at once. */
@IntegrationTest
class IdentityEventsTest {

	@Autowired
	IdentityEvents events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	@Test
	void changeOfARolledBackTransactionIsNotPublished() {
		UUID account = UUID.randomUUID();
		try (SecurityEvents collected = SecurityEvents.collect(context)) {
			transactions.executeWithoutResult((status) -> {
				events.publishAfterCommit(IdentityEvents.ROLE_CHANGED, Severity.INFO, account, Map.of());
				events.publish(IdentityEvents.LOGIN_FAILED, Severity.INFO, account, Map.of());
				status.setRollbackOnly();
			});

			assertThat(collected.ofType(IdentityEvents.ROLE_CHANGED)).isEmpty();
			assertThat(collected.ofType(IdentityEvents.LOGIN_FAILED)).hasSize(1);
		}
	}

	@Test
	void changeIsPublishedAfterCommit() {
		UUID account = UUID.randomUUID();
		try (SecurityEvents collected = SecurityEvents.collect(context)) {
			transactions.executeWithoutResult((status) -> {
				events.publishAfterCommit(IdentityEvents.ROLE_CHANGED, Severity.INFO, account, Map.of());
				assertThat(collected.ofType(IdentityEvents.ROLE_CHANGED)).isEmpty();
			});

			assertThat(collected.ofType(IdentityEvents.ROLE_CHANGED)).singleElement()
				.satisfies((event) -> assertThat(event.accountId()).isEqualTo(account));
		}
	}

}
