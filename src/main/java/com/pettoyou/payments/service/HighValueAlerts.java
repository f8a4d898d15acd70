package com.pettoyou.payments.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.pettoyou.common.LogKeys;
import com.pettoyou.common.RequestMetadata;
import com.pettoyou.common.SecurityEvent;

/**
 * Raises a CRITICAL security event of category {@code FINANCIAL} for every payment,
 * refund or payout of at least {@code pettoyou.payments.high-value-amount} won, whatever
 * the gateway decided. The details hold opaque ids, the amount and the status only.
 */
@Component
public class HighValueAlerts {

	static final String PAYMENT_EVENT = "HIGH_VALUE_PAYMENT";

	static final String REFUND_EVENT = "HIGH_VALUE_REFUND";

	static final String PAYOUT_EVENT = "HIGH_VALUE_PAYOUT";

	private static final Logger log = LoggerFactory.getLogger(HighValueAlerts.class);

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long threshold;

	HighValueAlerts(ApplicationEventPublisher events, Clock clock, PaymentsProperties properties) {
		this.events = events;
		this.clock = clock;
		this.threshold = properties.highValueAmount();
	}

	void paymentCreated(UUID accountId, UUID paymentId, long amount, PaymentStatus status) {
		if (amount >= threshold) {
			publish(PAYMENT_EVENT, accountId, paymentId, null, amount, status.name());
		}
	}

	void refundCreated(UUID accountId, UUID paymentId, UUID refundId, long amount, RefundStatus status) {
		if (amount >= threshold) {
			publish(REFUND_EVENT, accountId, paymentId, refundId, amount, status.name());
		}
	}

	/**
	 * Raises the event for a new payout of a claim.
	 * @param recipientId the account that receives the payout
	 * @param status the payout's status when it was created
	 */
	public void payoutCreated(UUID recipientId, UUID payoutId, UUID claimId, long amount, String status) {
		if (amount < threshold) {
			return;
		}
		Map<String, String> details = new LinkedHashMap<>();
		details.put("category", "FINANCIAL");
		details.put("payoutId", payoutId.toString());
		details.put("claimId", claimId.toString());
		details.put("amount", Long.toString(amount));
		details.put("status", status);
		log.atWarn()
			.addKeyValue(LogKeys.PAYOUT_ID, payoutId)
			.addKeyValue(LogKeys.ACCOUNT_ID, recipientId)
			.log("High-value payout");
		emit(PAYOUT_EVENT, recipientId, details);
	}

	private void publish(String type, UUID accountId, UUID paymentId, UUID refundId, long amount, String status) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("category", "FINANCIAL");
		details.put("paymentId", paymentId.toString());
		if (refundId != null) {
			details.put("refundId", refundId.toString());
		}
		details.put("amount", Long.toString(amount));
		details.put("status", status);
		log.atWarn()
			.addKeyValue(LogKeys.PAYMENT_ID, paymentId)
			.addKeyValue(LogKeys.ACCOUNT_ID, accountId)
			.log((refundId != null) ? "High-value refund" : "High-value payment");
		emit(type, accountId, details);
	}

	private void emit(String type, UUID accountId, Map<String, String> details) {
		events.publishEvent(new SecurityEvent(type, SecurityEvent.Severity.CRITICAL, accountId,
				RequestMetadata.current().clientAddress(), clock.instant(), details));
	}

}
