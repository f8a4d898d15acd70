package com.pettoyou.payments.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.audit.AuditEntry;
import com.pettoyou.audit.AuditLog;
import com.pettoyou.audit.AuditOutcome;
import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.common.SecurityEvent;
import com.pettoyou.insurance.InsurancePolicies;
import com.pettoyou.payments.gateway.GatewayResult;

/**
 * Records the gateway's decisions on payments and refunds, whether they arrive in the
 * gateway's response or later in a webhook event. A payment that succeeds activates its
 * pending policy in the same transaction.
 */
@Component
public class PaymentSettlements {

	static final String AMOUNT_MISMATCH_EVENT = "PAYMENT_WEBHOOK_AMOUNT_MISMATCH";

	private static final Logger log = LoggerFactory.getLogger(PaymentSettlements.class);

	private final PaymentRepository payments;

	private final RefundRepository refunds;

	private final InsurancePolicies policies;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentSettlements(PaymentRepository payments, RefundRepository refunds, InsurancePolicies policies, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.policies = policies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies a payment event from the gateway's webhook to a pending payment, and audits
	 * it as {@code PAYMENT_SUCCEEDED} or {@code PAYMENT_DECLINED}.
	 * @param result {@link GatewayResult.Outcome#APPROVED} or
	 * {@link GatewayResult.Outcome#DECLINED}
	 * @throws ApiException 404 for an unknown payment, which may be one whose transaction
	 * has not committed yet, so that the gateway delivers the event again later
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SettlementOutcome applyPaymentEvent(UUID paymentId, long amount, GatewayResult result, String eventId) {
		Optional<Payment> found = payments.lock(paymentId);
		if (found.isEmpty()) {
			log.atWarn().addKeyValue(LogKeys.PAYMENT_ID, paymentId).log("Webhook event names an unknown payment");
			throw ApiException.notFound();
		}
		Payment payment = found.get();
		if (payment.amount() != amount) {
			amountMismatch(paymentId, null, eventId);
			return SettlementOutcome.IGNORED;
		}
		if (payment.status() != PaymentStatus.PENDING) {
			log.atInfo().addKeyValue(LogKeys.PAYMENT_ID, paymentId).log("Webhook event names a settled payment");
			return SettlementOutcome.IGNORED;
		}
		PaymentStatus status = settleCharge(payment, result);
		boolean succeeded = status == PaymentStatus.SUCCEEDED;
		audit.record(AuditEntry
			.of(succeeded ? "PAYMENT_SUCCEEDED" : "PAYMENT_DECLINED",
					succeeded ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
			.resource("payment", paymentId)
			.details(Map.of("source", "webhook", "eventId", eventId, "amount", Long.toString(amount))));
		return SettlementOutcome.APPLIED;
	}

	/**
	 * Applies a refund event from the gateway's webhook to a pending refund, releases its
	 * reserved amount on the payment, and audits it as {@code PAYMENT_REFUNDED} or
	 * {@code PAYMENT_REFUND_DECLINED}.
	 * @param result {@link GatewayResult.Outcome#APPROVED} or
	 * {@link GatewayResult.Outcome#DECLINED}
	 * @throws ApiException 404 for an unknown refund, so that the gateway delivers the
	 * event again later
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SettlementOutcome applyRefundEvent(UUID refundId, long amount, GatewayResult result, String eventId) {
		Optional<UUID> paymentId = refunds.find(refundId).map(Refund::paymentId);
		if (paymentId.isEmpty()) {
			log.atWarn().addKeyValue(LogKeys.REFUND_ID, refundId).log("Webhook event names an unknown refund");
			throw ApiException.notFound();
		}
		// The payment's lock serializes every change to its refunds, so the refund read
		// after it is current.
		payments.lock(paymentId.get());
		Refund refund = refunds.find(refundId).orElseThrow();
		if (refund.amount() != amount) {
			amountMismatch(refund.paymentId(), refundId, eventId);
			return SettlementOutcome.IGNORED;
		}
		if (refund.status() != RefundStatus.PENDING) {
			log.atInfo().addKeyValue(LogKeys.REFUND_ID, refundId).log("Webhook event names a settled refund");
			return SettlementOutcome.IGNORED;
		}
		RefundStatus status = settleRefund(refund, result, true);
		boolean succeeded = status == RefundStatus.SUCCEEDED;
		audit.record(AuditEntry
			.of(succeeded ? "PAYMENT_REFUNDED" : "PAYMENT_REFUND_DECLINED",
					succeeded ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
			.resource("payment", refund.paymentId())
			.details(Map.of("source", "webhook", "eventId", eventId, "refundId", refundId.toString(), "amount",
					Long.toString(amount))));
		return SettlementOutcome.APPLIED;
	}

	/**
	 * Records the gateway's decision on a pending payment and activates its policy when
	 * the payment succeeded.
	 * @return the payment's status afterwards
	 */
	PaymentStatus settleCharge(Payment payment, GatewayResult result) {
		Instant now = clock.instant();
		return switch (result.outcome()) {
			case APPROVED -> {
				payments.settle(payment.id(), PaymentStatus.SUCCEEDED, result.reference(), null, now);
				policies.activate(payment.policyId(), now);
				yield PaymentStatus.SUCCEEDED;
			}
			case DECLINED -> {
				payments.settle(payment.id(), PaymentStatus.DECLINED, null, result.declineCode(), now);
				yield PaymentStatus.DECLINED;
			}
			case TIMED_OUT -> PaymentStatus.PENDING;
		};
	}

	/**
	 * Records the gateway's decision on a pending refund and updates the payment's refund
	 * sums. The caller holds the payment's lock.
	 * @param reserved whether the refund's amount is already counted as pending on the
	 * payment, which is so once a refund timed out
	 * @return the refund's status afterwards
	 */
	RefundStatus settleRefund(Refund refund, GatewayResult result, boolean reserved) {
		Instant now = clock.instant();
		long amount = refund.amount();
		long released = reserved ? -amount : 0;
		return switch (result.outcome()) {
			case APPROVED -> {
				refunds.settle(refund.id(), RefundStatus.SUCCEEDED, result.reference(), null, now);
				payments.addRefund(refund.paymentId(), amount, released, now);
				yield RefundStatus.SUCCEEDED;
			}
			case DECLINED -> {
				refunds.settle(refund.id(), RefundStatus.DECLINED, null, result.declineCode(), now);
				payments.addRefund(refund.paymentId(), 0, released, now);
				yield RefundStatus.DECLINED;
			}
			case TIMED_OUT -> {
				if (!reserved) {
					payments.addRefund(refund.paymentId(), 0, amount, now);
				}
				yield RefundStatus.PENDING;
			}
		};
	}

	/**
	 * Reports a signed webhook event whose amount differs from the stored one, which
	 * points to a fault or a compromise at the gateway.
	 */
	private void amountMismatch(UUID paymentId, UUID refundId, String eventId) {
		log.atError()
			.addKeyValue(LogKeys.PAYMENT_ID, paymentId)
			.addKeyValue(LogKeys.REFUND_ID, refundId)
			.log("Webhook event amount differs from the stored amount; the event was not applied");
		Map<String, String> details = (refundId != null)
				? Map.of("category", "FINANCIAL", "paymentId", paymentId.toString(), "refundId", refundId.toString(),
						"eventId", eventId)
				: Map.of("category", "FINANCIAL", "paymentId", paymentId.toString(), "eventId", eventId);
		events.publishEvent(new SecurityEvent(AMOUNT_MISMATCH_EVENT, SecurityEvent.Severity.CRITICAL, null, null,
				clock.instant(), details));
	}

}
