package com.pettoyou.payments.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pettoyou.common.ApiException;
import com.pettoyou.common.LogKeys;
import com.pettoyou.payments.gateway.GatewayResult;
import com.pettoyou.payments.service.PaymentSettlements;
import com.pettoyou.payments.service.SettlementOutcome;

/**
 * Applies each verified gateway event once: the event id is recorded in the same
 * transaction as the change it makes, so a repeated delivery finds it and changes
 * nothing.
 */
@Service
class WebhookProcessor {

	/** The decline code stored when a failed event names none. */
	static final String UNSPECIFIED_DECLINE = "declined";

	private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);

	private final WebhookEventRepository events;

	private final PaymentSettlements settlements;

	private final Clock clock;

	WebhookProcessor(WebhookEventRepository events, PaymentSettlements settlements, Clock clock) {
		this.events = events;
		this.settlements = settlements;
		this.clock = clock;
	}

	/**
	 * Applies an event unless it was received before.
	 * @throws ApiException 400 when a payment or refund event lacks the fields its type
	 * needs, 404 when it names an unknown payment or refund. The event then stays
	 * unrecorded, so a later delivery can still apply it.
	 */
	@Transactional
	public void process(WebhookEvent event, Instant signedAt) {
		checkFields(event);
		if (!events.insertReceived(event, signedAt, clock.instant())) {
			log.atInfo().addKeyValue(LogKeys.EVENT_ID, event.id()).log("Payment webhook event received again; ignored");
			return;
		}
		WebhookEvent.Data data = event.data();
		SettlementOutcome outcome = switch (event.type()) {
			case WebhookEvent.PAYMENT_SUCCEEDED -> settlements.applyPaymentEvent(data.paymentId(), data.amount(),
					GatewayResult.approved(data.reference()), event.id());
			case WebhookEvent.PAYMENT_FAILED -> settlements.applyPaymentEvent(data.paymentId(), data.amount(),
					GatewayResult.declined(declineCode(data)), event.id());
			case WebhookEvent.REFUND_SUCCEEDED -> settlements.applyRefundEvent(data.refundId(), data.amount(),
					GatewayResult.approved(data.reference()), event.id());
			case WebhookEvent.REFUND_FAILED -> settlements.applyRefundEvent(data.refundId(), data.amount(),
					GatewayResult.declined(declineCode(data)), event.id());
			default -> {
				log.atInfo()
					.addKeyValue(LogKeys.EVENT_ID, event.id())
					.log("Payment webhook event of an unhandled type ignored");
				yield SettlementOutcome.IGNORED;
			}
		};
		boolean applied = outcome == SettlementOutcome.APPLIED;
		events.complete(event.id(), outcome, applied ? data.paymentId() : null, applied ? data.refundId() : null);
	}

	private static void checkFields(WebhookEvent event) {
		WebhookEvent.Data data = event.data();
		switch (event.type()) {
			case WebhookEvent.PAYMENT_SUCCEEDED ->
				require(data.paymentId(), data.amount(), data.reference(), "data.paymentId");
			case WebhookEvent.PAYMENT_FAILED -> require(data.paymentId(), data.amount(), "", "data.paymentId");
			case WebhookEvent.REFUND_SUCCEEDED ->
				require(data.refundId(), data.amount(), data.reference(), "data.refundId");
			case WebhookEvent.REFUND_FAILED -> require(data.refundId(), data.amount(), "", "data.refundId");
			default -> {
			}
		}
	}

	private static void require(UUID id, Long amount, String reference, String idField) {
		if (id == null) {
			throw ApiException.invalidField(idField, "not_null");
		}
		if (amount == null) {
			throw ApiException.invalidField("data.amount", "not_null");
		}
		if (reference == null) {
			throw ApiException.invalidField("data.reference", "not_null");
		}
	}

	private static String declineCode(WebhookEvent.Data data) {
		return (data.declineCode() != null) ? data.declineCode() : UNSPECIFIED_DECLINE;
	}

}
