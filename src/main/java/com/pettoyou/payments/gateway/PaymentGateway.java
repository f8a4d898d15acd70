package com.pettoyou.payments.gateway;

/**
 * The port to the payment gateway that moves the money. Each call carries an idempotency
 * key that stays the same when a request is retried, so an adapter whose gateway supports
 * such keys never charges or refunds twice for one client request. Local mode and tests
 * use {@link SandboxPaymentGateway}.
 */
public interface PaymentGateway {

	/**
	 * Charges a premium.
	 * @return the gateway's decision, or {@link GatewayResult.Outcome#TIMED_OUT} when no
	 * decision arrived in time, in which case a webhook event settles the payment later
	 * @throws GatewayUnavailableException when the gateway cannot be reached at all, so
	 * no charge was attempted
	 */
	GatewayResult charge(ChargeRequest request);

	/**
	 * Refunds part or all of an earlier charge.
	 * @return the gateway's decision, or {@link GatewayResult.Outcome#TIMED_OUT} when no
	 * decision arrived in time, in which case a webhook event settles the refund later
	 * @throws GatewayUnavailableException when the gateway cannot be reached at all, so
	 * no refund was attempted
	 */
	GatewayResult refund(RefundRequest request);

	/**
	 * Sends money to a bank account, such as the payout of an approved claim.
	 * @return the gateway's decision, or {@link GatewayResult.Outcome#TIMED_OUT} when no
	 * decision arrived in time, in which case the same call is repeated with the same
	 * idempotency key
	 * @throws GatewayUnavailableException when the gateway cannot be reached at all, so
	 * no payout was attempted
	 */
	GatewayResult payout(PayoutRequest request);

}
