package com.pettoyou.audit.internal;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pettoyou.audit.AuditChainStatus;
import com.pettoyou.audit.AuditChainStatus.ChainCheck;
import com.pettoyou.common.Actor;
import com.pettoyou.identity.Role;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification state that monitoring and the security console read. */
@IntegrationTest
class ChainStatusTest {

	@Autowired
	AuditChainStatus status;

	@Autowired
	Clock clock;

	@Test
	void verifyNowIsKeptAndAudited() {
		UUID auditorId = UUID.randomUUID();
		Actor auditor = new Actor() {
			@Override
			public UUID accountId() {
				return auditorId;
			}

			@Override
			public Enum<?> role() {
				return Role.SECURITY_AUDITOR;
			}
		};

		ChainCheck check = status.verifyNow(auditor);

		assertThat(check.valid()).isTrue();
		assertThat(check.status()).isEqualTo("VALID");
		assertThat(check.firstBrokenSequence()).isNull();
		assertThat(check.verifiedEvents()).isPositive();
		assertThat(check.checkedAt()).isBeforeOrEqualTo(clock.instant());
		assertThat(status.lastCheck()).contains(check);
		assertThat(Database.jdbc()
			.sql("SELECT details ->> 'status' FROM audit_event WHERE action = 'AUDIT_CHAIN_VERIFIED' AND actor_id = :id")
			.param("id", auditorId)
			.query(String.class)
			.list()).containsExactly("VALID");
	}

}
