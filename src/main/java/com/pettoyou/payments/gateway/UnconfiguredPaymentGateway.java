package com.pettoyou.payments.gateway;

/**
 * The gateway outside local mode until a real adapter exists: every charge, refund and
 * payout fails with {@link GatewayUnavailableException}, so no payment is ever recorded
 * as paid without money moving.
 */
class UnconfiguredPaymentGateway implements PaymentGateway {

	@Override
	public GatewayResult charge(ChargeRequest request) {
		throw new GatewayUnavailableException("No payment gateway adapter is configured");
	}

	@Override
	public GatewayResult refund(RefundRequest request) {
		throw new GatewayUnavailableException("No payment gateway adapter is configured");
	}

	@Override
	public GatewayResult payout(PayoutRequest request) {
		throw new GatewayUnavailableException("No payment gateway adapter is configured");
	}

}
