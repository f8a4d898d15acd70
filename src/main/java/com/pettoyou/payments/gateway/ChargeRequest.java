package com.pettoyou.payments.gateway;

import java.util.UUID;

/**
 * A charge to send to the gateway.
 *
 * @param paymentId the platform's payment id, which webhook events refer to
 * @param amount whole won, from 1 to 10,000,000
 * @param idempotencyKey the gateway idempotency key, the same for every retry of one
 * client request
 */
public record ChargeRequest(UUID paymentId, long amount, String idempotencyKey) {

}
