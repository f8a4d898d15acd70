package com.pettoyou.payments.webhook;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A payment gateway event, as the gateway posts it: <pre>
 * {"id": "evt_1", "type": "payment.succeeded",
 *  "data": {"paymentId": "...", "amount": 39800, "reference": "txn_1"}}
 * </pre> Types {@code payment.succeeded} and {@code payment.failed} name a
 * {@code paymentId}, {@code refund.succeeded} and {@code refund.failed} a
 * {@code refundId}; succeeded events carry the gateway's {@code reference} and failed
 * ones may carry a {@code declineCode}. Events of other types are acknowledged and
 * ignored.
 *
 * @param id the gateway's event id, unique per event and the same on every delivery
 */
record WebhookEvent(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,100}") String id,
		@NotNull @Pattern(regexp = "[a-z_]{1,20}(\\.[a-z_]{1,20}){0,2}") String type, @NotNull @Valid Data data) {

	static final String PAYMENT_SUCCEEDED = "payment.succeeded";

	static final String PAYMENT_FAILED = "payment.failed";

	static final String REFUND_SUCCEEDED = "refund.succeeded";

	static final String REFUND_FAILED = "refund.failed";

	/**
	 * The object an event is about.
	 *
	 * @param amount whole won
	 */
	record Data(UUID paymentId, UUID refundId, @Min(1) @Max(10_000_000) Long amount,
			@Pattern(regexp = "[A-Za-z0-9_-]{1,100}") String reference,
			@Pattern(regexp = "[a-z0-9_]{1,50}") String declineCode) {
	}

}
