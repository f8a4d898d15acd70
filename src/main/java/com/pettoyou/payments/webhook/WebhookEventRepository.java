package com.pettoyou.payments.webhook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.pettoyou.payments.service.SettlementOutcome;

/** Records which gateway events were received, by event id. */
@Repository
class WebhookEventRepository {

	private final JdbcClient jdbc;

	WebhookEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an event as received. A concurrent delivery of the same event waits on the
	 * primary key until the first delivery's transaction ends.
	 * @return false when the event was received before
	 */
	boolean insertReceived(WebhookEvent event, Instant signedAt, Instant now) {
		return jdbc.sql("""
				INSERT INTO payment_webhook_event (event_id, event_type, signed_at, received_at, outcome)
				VALUES (:id, :type, :signedAt, :now, 'RECEIVED')
				ON CONFLICT (event_id) DO NOTHING
				""")
			.param("id", event.id())
			.param("type", event.type())
			.param("signedAt", signedAt.atOffset(ZoneOffset.UTC))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Stores what the event did, with the payment or refund it settled. */
	void complete(String eventId, SettlementOutcome outcome, UUID paymentId, UUID refundId) {
		jdbc.sql("""
				UPDATE payment_webhook_event SET outcome = :outcome, payment_id = :payment, refund_id = :refund
				WHERE event_id = :id
				""")
			.param("outcome", outcome.name())
			.param("payment", paymentId)
			.param("refund", refundId)
			.param("id", eventId)
			.update();
	}

}
