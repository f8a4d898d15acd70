package com.pettoyou.payments.gateway;

import java.util.UUID;

/**
 * A refund to send to the gateway.
 *
 * @param refundId the platform's refund id, which webhook events refer to
 * @param paymentReference the gateway's reference of the charge being refunded
 * @param amount whole won, at most what remains refundable of the charge
 * @param idempotencyKey the gateway idempotency key, the same for every retry of one
 * client request
 */
public record RefundRequest(UUID refundId, String paymentReference, long amount, String idempotencyKey) {

}
