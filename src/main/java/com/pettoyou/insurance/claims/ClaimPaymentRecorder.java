package com.pettoyou.insurance.claims;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.LogKeys;
import com.pettoyou.insurance.ClaimPayouts;

/** The {@link ClaimPayouts} that the payments module calls when a payout succeeds. */
@Component
class ClaimPaymentRecorder implements ClaimPayouts {

	private static final Logger log = LoggerFactory.getLogger(ClaimPaymentRecorder.class);

	private final ClaimRepository claims;

	private final AuditLog audit;

	ClaimPaymentRecorder(ClaimRepository claims, AuditLog audit) {
		this.claims = claims;
		this.audit = audit;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markPaid(UUID claimId, UUID payoutId, Instant paidAt) {
		if (!claims.markPaid(claimId, paidAt)) {
			log.atError()
				.addKeyValue(LogKeys.CLAIM_ID, claimId)
				.addKeyValue(LogKeys.PAYOUT_ID, payoutId)
				.log("A payout succeeded for a claim that is not approved; the claim was left unchanged");
			return false;
		}
		audit.record(AuditEntry.of("CLAIM_PAID", AuditOutcome.SUCCESS)
			.resource(ClaimRepository.TABLE, claimId)
			.details(Map.of("payoutId", payoutId.toString())));
		log.atInfo().addKeyValue(LogKeys.CLAIM_ID, claimId).log("Claim paid");
		return true;
	}

}
