package com.pettoyou.payments.gateway;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A gateway for local mode and tests that moves no money and decides by the amount's last
 * two digits, for charges and refunds alike:
 * <ul>
 * <li>{@code ...13}, such as 20,013 won: declined with {@code card_declined};</li>
 * <li>{@code ...99}, such as 20,099 won: timed out, so the outcome is left to a webhook
 * event;</li>
 * <li>any other amount: approved, with the reference {@code sbx_} followed by the
 * request's idempotency key.</li>
 * </ul>
 * Payouts follow the same rule, and in addition a payout to an account number ending in
 * {@code 0000} is declined with {@code account_closed}, so a test can make a payout fail
 * and succeed after the owner changes the account. A repeated idempotency key returns the
 * first result again, as a real gateway does. Every call is recorded, so tests can count
 * them.
 */
public class SandboxPaymentGateway implements PaymentGateway {

	static final String DECLINE_CODE = "card_declined";

	static final String CLOSED_ACCOUNT_CODE = "account_closed";

	private final Map<String, GatewayResult> results = new ConcurrentHashMap<>();

	private final List<Object> calls = new CopyOnWriteArrayList<>();

	@Override
	public GatewayResult charge(ChargeRequest request) {
		calls.add(request);
		return results.computeIfAbsent(request.idempotencyKey(),
				(key) -> decide(request.amount(), request.idempotencyKey()));
	}

	@Override
	public GatewayResult refund(RefundRequest request) {
		calls.add(request);
		return results.computeIfAbsent(request.idempotencyKey(),
				(key) -> decide(request.amount(), request.idempotencyKey()));
	}

	@Override
	public GatewayResult payout(PayoutRequest request) {
		calls.add(request);
		return results.computeIfAbsent(request.idempotencyKey(), (key) -> {
			if (request.accountNumber().endsWith("0000")) {
				return GatewayResult.declined(CLOSED_ACCOUNT_CODE);
			}
			return decide(request.amount(), request.idempotencyKey());
		});
	}

	/**
	 * Returns every request received so far, oldest first, as {@link ChargeRequest},
	 * {@link RefundRequest} and {@link PayoutRequest} objects.
	 */
	public List<Object> calls() {
		return List.copyOf(calls);
	}

	private static GatewayResult decide(long amount, String idempotencyKey) {
		long lastTwoDigits = amount % 100;
		if (lastTwoDigits == 13) {
			return GatewayResult.declined(DECLINE_CODE);
		}
		if (lastTwoDigits == 99) {
			return GatewayResult.timedOut();
		}
		return GatewayResult.approved("sbx_" + idempotencyKey);
	}

}
