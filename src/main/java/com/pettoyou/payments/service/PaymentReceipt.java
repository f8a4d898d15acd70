package com.pettoyou.payments.service;

import java.util.UUID;

/**
 * The response to a payment request, stored under its {@code Idempotency-Key} and
 * returned again for every repeat.
 */
public record PaymentReceipt(UUID id, PaymentStatus status) {

}
