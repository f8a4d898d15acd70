package com.pettoyou.payments.payout;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.LogKeys;
import com.pettoyou.insurance.ClaimApproved;
import com.pettoyou.payments.service.HighValueAlerts;

/**
 * Creates the payout of every approved claim in the approving transaction, and sends it
 * once that transaction has committed. The payout waits in {@code PENDING_ACCOUNT} when
 * the claimant has no payout account. Payouts of at least
 * {@code pettoyou.payments.high-value-amount} won raise a CRITICAL security event.
 */
@Component
class PayoutCreation {

	private static final Logger log = LoggerFactory.getLogger(PayoutCreation.class);

	private final PayoutRepository payouts;

	private final PayoutAccountStore accounts;

	private final PayoutExecutor executor;

	private final HighValueAlerts alerts;

	private final AuditLog audit;

	PayoutCreation(PayoutRepository payouts, PayoutAccountStore accounts, PayoutExecutor executor,
			HighValueAlerts alerts, AuditLog audit) {
		this.payouts = payouts;
		this.accounts = accounts;
		this.executor = executor;
		this.alerts = alerts;
		this.audit = audit;
	}

	/** Creates the claim's payout and audits it as {@code PAYOUT_CREATED}. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void create(ClaimApproved approval) {
		PayoutStatus status = accounts.find(approval.claimantId()).isPresent() ? PayoutStatus.PENDING
				: PayoutStatus.PENDING_ACCOUNT;
		Payout payout = payouts.insert(approval.claimId(), approval.claimantId(), approval.payoutAmount(), status,
				approval.approvedAt());
		audit.record(AuditEntry.of("PAYOUT_CREATED", AuditOutcome.SUCCESS)
			.resource(PayoutRepository.TABLE, payout.id())
			.details(Map.of("claimId", approval.claimId().toString(), "recipientId", approval.claimantId().toString(),
					"amount", Long.toString(payout.amount()), "status", status.name())));
		alerts.payoutCreated(approval.claimantId(), payout.id(), approval.claimId(), payout.amount(), status.name());
		log.atInfo()
			.addKeyValue(LogKeys.PAYOUT_ID, payout.id())
			.addKeyValue(LogKeys.CLAIM_ID, approval.claimId())
			.addKeyValue(LogKeys.OUTCOME, status)
			.log("Payout created");
	}

	/**
	 * Sends the payout after the approval committed. A failure leaves the payout for a
	 * finance operator to retry; it never undoes the approval.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void send(ClaimApproved approval) {
		try {
			executor.sendApproved(approval.claimId());
		}
		catch (RuntimeException ex) {
			log.atError()
				.setCause(ex)
				.addKeyValue(LogKeys.CLAIM_ID, approval.claimId())
				.log("Sending the payout of an approved claim failed; a finance operator can retry it");
		}
	}

}
