package com.pettoyou.payments.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox decides by the amount's last two digits; outside local mode no call
 * succeeds.
 */
class PaymentGatewayTest {

	@Test
	void sandboxDecidesByLastTwoDigits() {
		SandboxPaymentGateway sandbox = new SandboxPaymentGateway();

		GatewayResult approved = sandbox.charge(new ChargeRequest(UUID.randomUUID(), 20_000, "key-1"));
		GatewayResult declined = sandbox.charge(new ChargeRequest(UUID.randomUUID(), 20_013, "key-2"));
		GatewayResult timedOut = sandbox.refund(new RefundRequest(UUID.randomUUID(), "sbx_x", 20_099, "key-3"));
		GatewayResult refunded = sandbox.refund(new RefundRequest(UUID.randomUUID(), "sbx_x", 113, "key-4"));

		assertThat(approved).isEqualTo(GatewayResult.approved("sbx_key-1"));
		assertThat(declined).isEqualTo(GatewayResult.declined("card_declined"));
		assertThat(timedOut).isEqualTo(GatewayResult.timedOut());
		assertThat(refunded.outcome()).isEqualTo(GatewayResult.Outcome.DECLINED);
		assertThat(sandbox.calls()).hasSize(4);
	}

	@Test
	void sandboxRepeatsResultForSameKey() {
		SandboxPaymentGateway sandbox = new SandboxPaymentGateway();
		GatewayResult first = sandbox.charge(new ChargeRequest(UUID.randomUUID(), 20_000, "same-key"));

		GatewayResult again = sandbox.charge(new ChargeRequest(UUID.randomUUID(), 20_013, "same-key"));

		assertThat(again).isEqualTo(first);
		assertThat(sandbox.calls()).hasSize(2);
	}

	@Test
	void sandboxDecidesPayoutsByAccountAndAmount() {
		SandboxPaymentGateway sandbox = new SandboxPaymentGateway();
		UUID payoutId = UUID.randomUUID();

		GatewayResult paid = sandbox.payout(new PayoutRequest(payoutId, 80_000, "004", "1234567890", "A", "p-1"));
		GatewayResult closed = sandbox.payout(new PayoutRequest(payoutId, 80_000, "004", "1234560000", "A", "p-2"));
		GatewayResult timedOut = sandbox.payout(new PayoutRequest(payoutId, 9_899, "004", "1234567890", "A", "p-3"));
		GatewayResult repeated = sandbox.payout(new PayoutRequest(payoutId, 80_000, "004", "1234560000", "A", "p-1"));

		assertThat(paid).isEqualTo(GatewayResult.approved("sbx_p-1"));
		assertThat(closed).isEqualTo(GatewayResult.declined("account_closed"));
		assertThat(timedOut).isEqualTo(GatewayResult.timedOut());
		assertThat(repeated).isEqualTo(paid);
	}

	@Test
	void payoutRequestHidesAccount() {
		PayoutRequest request = new PayoutRequest(UUID.randomUUID(), 80_000, "004", "1234567890", "Kim", "key");

		assertThat(request.toString()).doesNotContain("1234567890").doesNotContain("Kim").doesNotContain("key");
	}

	@Test
	void localModeChoosesSandbox() {
		PaymentGatewayConfiguration configuration = new PaymentGatewayConfiguration();

		assertThat(configuration.paymentGateway(true)).isInstanceOf(SandboxPaymentGateway.class);
		assertThat(configuration.paymentGateway(false)).isInstanceOf(UnconfiguredPaymentGateway.class);
	}

	@Test
	void unconfiguredGatewayRejectsEveryCall() {
		PaymentGateway gateway = new PaymentGatewayConfiguration().paymentGateway(false);

		assertThatThrownBy(() -> gateway.charge(new ChargeRequest(UUID.randomUUID(), 20_000, "key")))
			.isInstanceOf(GatewayUnavailableException.class);
		assertThatThrownBy(() -> gateway.refund(new RefundRequest(UUID.randomUUID(), "ref", 20_000, "key")))
			.isInstanceOf(GatewayUnavailableException.class);
		assertThatThrownBy(
				() -> gateway.payout(new PayoutRequest(UUID.randomUUID(), 20_000, "004", "1234567890", "A", "key")))
			.isInstanceOf(GatewayUnavailableException.class);
	}

}
