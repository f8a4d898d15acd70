package com.pettoyou.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.audit.AuditChainStatus;
import com.pettoyou.audit.AuditChainStatus.ChainCheck;
import com.pettoyou.common.SecurityEvent.Severity;
import com.pettoyou.monitoring.SecurityActivity;
import com.pettoyou.monitoring.SecurityAlert;
import com.pettoyou.monitoring.SecurityAlerts;

/**
 * Stand-ins for the monitoring beans that the console reads, used only until the
 * monitoring implementation is merged.
 */
@Configuration(proxyBeanMethods = false)
class InterimConsoleBeans {

	@Bean
	AuditChainStatus interimChainStatus(AuditChain chain, Clock clock) {
		AtomicReference<ChainCheck> last = new AtomicReference<>();
		return new AuditChainStatus() {
			@Override
			public ChainCheck verifyNow(com.pettoyou.common.Actor auditor) {
				chain.chainNow();
				ChainVerification verification = chain.verify();
				ChainCheck check = new ChainCheck(verification.status() == ChainVerification.Status.VALID,
						verification.verifiedEvents(), verification.firstBrokenSequence(), clock.instant());
				last.set(check);
				return check;
			}

			@Override
			public Optional<ChainCheck> lastCheck() {
				return Optional.ofNullable(last.get());
			}
		};
	}

	@Bean
	SecurityAlerts interimAlerts(Clock clock) {
		return (limit) -> List
			.of(new SecurityAlert(UUID.randomUUID(), Severity.WARNING, "AUTHENTICATION", "REPEATED_LOGIN_FAILURES",
					"5 failed logins from one address in 10 minutes", clock.instant(), clock.instant(), 2));
	}

	@Bean
	SecurityActivity interimActivity(JdbcClient jdbc, Clock clock) {
		return (hours) -> {
			Instant current = clock.instant().truncatedTo(ChronoUnit.HOURS);
			List<SecurityActivity.HourlyActivity> points = new ArrayList<>();
			for (int i = hours - 1; i >= 0; i--) {
				Instant start = current.minus(i, ChronoUnit.HOURS);
				long failed = jdbc
					.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND occurred_at >= :start "
							+ "AND occurred_at < :end")
					.param("start", java.sql.Timestamp.from(start))
					.param("end", java.sql.Timestamp.from(start.plus(1, ChronoUnit.HOURS)))
					.query(Long.class)
					.single();
				points.add(new SecurityActivity.HourlyActivity(start, failed, 0, 0));
			}
			return points;
		};
	}

}
