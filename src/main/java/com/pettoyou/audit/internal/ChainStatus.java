package com.pettoyou.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.pettoyou.audit.AuditChainStatus;
import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.Actor;

/**
 * Verifications that an auditor requests through the API or the security console. Each
 * one links every committed event first, so it covers everything committed before it. It
 * is recorded as an audit event with its outcome.
 */
@Component
class ChainStatus implements AuditChainStatus {

	/** Action recorded for each verification an auditor asked for, with its outcome. */
	static final String CHAIN_VERIFIED = "AUDIT_CHAIN_VERIFIED";

	private final AuditChain chain;

	private final AuditLog auditLog;

	ChainStatus(AuditChain chain, AuditLog auditLog) {
		this.chain = chain;
		this.auditLog = auditLog;
	}

	/** Links pending events, verifies the chain and records the verification. */
	AuditChain.Verified verify(Actor auditor) {
		this.chain.chainNow();
		AuditChain.Verified verified = this.chain.verifyWithCheck();
		ChainVerification result = verified.result();
		Map<String, String> details = new LinkedHashMap<>();
		details.put("status", result.status().name());
		details.put("verifiedEvents", String.valueOf(result.verifiedEvents()));
		if (result.firstBrokenSequence() != null) {
			details.put("firstBrokenSequence", String.valueOf(result.firstBrokenSequence()));
			details.put("reason", result.reason());
		}
		this.auditLog.record(AuditEntry.of(CHAIN_VERIFIED, AuditOutcome.SUCCESS)
			.actor(auditor.accountId(), auditor.roleName())
			.resource("audit_chain", null)
			.details(details));
		return verified;
	}

	@Override
	public ChainCheck verifyNow(Actor auditor) {
		return verify(auditor).check();
	}

	@Override
	public Optional<ChainCheck> lastCheck() {
		return this.chain.lastCheck();
	}

}
