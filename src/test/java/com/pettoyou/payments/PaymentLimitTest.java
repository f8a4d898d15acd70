package com.pettoyou.payments;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** One account may create 10 payments per hour, counted in Redis by account. */
@PaymentsIntegrationTest
class PaymentLimitTest {

	@LocalServerPort
	int port;

	@Test
	void eleventhPaymentIsRejected() {
		ApiClient api = new ApiClient(port);
		ApiClient owner = InsuranceFixtures.anOwner(api);
		String policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			String key = PaymentFixtures.aKey();
			keys.add(key);
			ApiClient.Response paid = PaymentFixtures.pay(owner, key, policyId, 19_900);
			assertThat(paid.status()).as("payment " + i + ": " + paid).isEqualTo(201);
		}

		ApiClient.Response rejected = PaymentFixtures.pay(owner, PaymentFixtures.aKey(), policyId, 19_900);

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(429);
		assertThat(rejected.json().get("code").asString()).isEqualTo("rate_limited");
		assertThat(Long.parseLong(rejected.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(PaymentFixtures.paymentRows(policyId)).isEqualTo(10);
		ApiClient.Response repeat = PaymentFixtures.pay(owner, keys.get(0), policyId, 19_900);
		assertThat(repeat.status()).as("a repeat creates nothing: " + repeat).isEqualTo(201);
		ApiClient other = InsuranceFixtures.anOwner(api);
		ApiClient.Response otherAccount = PaymentFixtures.pay(other, PaymentFixtures.aKey(),
				InsuranceFixtures.aPolicy(other, InsuranceFixtures.BASIC), 19_900);
		assertThat(otherAccount.status()).as(otherAccount.toString()).isEqualTo(201);
	}

	@Test
	void rejectedPaymentsDoNotCount() {
		ApiClient owner = InsuranceFixtures.anOwner(new ApiClient(port));
		String policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		for (int i = 1; i <= 10; i++) {
			ApiClient.Response belowPremium = PaymentFixtures.pay(owner, PaymentFixtures.aKey(), policyId, 100);
			assertThat(belowPremium.status()).as(belowPremium.toString()).isEqualTo(400);
		}

		ApiClient.Response paid = PaymentFixtures.pay(owner, PaymentFixtures.aKey(), policyId, 19_900);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
	}

}
