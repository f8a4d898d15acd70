package com.pettoyou.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.payments.gateway.PaymentGateway;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel requests with one {@code Idempotency-Key} create one payment with one gateway
 * call, and every caller gets the same response.
 */
@PaymentsIntegrationTest
class ParallelPaymentTest {

	static final int REQUESTS = 10;

	@LocalServerPort
	int port;

	@Autowired
	PaymentGateway gateway;

	@Test
	void parallelRepeatsMakeOnePayment() throws Exception {
		ApiClient owner = InsuranceFixtures.anOwner(new ApiClient(port));
		String policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		String key = PaymentFixtures.aKey();
		int callsBefore = PaymentFixtures.gatewayCalls(gateway);

		List<ApiClient.Response> responses = sendTogether(REQUESTS,
				(index) -> PaymentFixtures.pay(owner, key, policyId, 39_800));

		for (ApiClient.Response response : responses) {
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
		}
		assertThat(responses).extracting(ApiClient.Response::body).containsOnly(responses.get(0).body());
		String paymentId = responses.get(0).json().get("id").asString();
		assertThat(PaymentFixtures.paymentRows(policyId)).isEqualTo(1);
		assertThat(PaymentFixtures.chargesFor(gateway, paymentId)).hasSize(1);
		assertThat(PaymentFixtures.gatewayCalls(gateway) - callsBefore).isEqualTo(1);
		assertThat(Database.auditByActionAndResource("PAYMENT_CREATED", paymentId)).hasSize(1);
		assertThat(Database.auditByActionAndResource("POLICY_ACTIVATED", policyId)).hasSize(1);
	}

	@Test
	void parallelRepeatsWithOtherBodyAreRejected() throws Exception {
		ApiClient owner = InsuranceFixtures.anOwner(new ApiClient(port));
		String policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		String key = PaymentFixtures.aKey();
		List<Long> amounts = List.of(19_900L, 20_000L);

		List<ApiClient.Response> responses = sendTogether(REQUESTS,
				(index) -> PaymentFixtures.pay(owner, key, policyId, amounts.get(index % 2)));

		long created = responses.stream().filter((response) -> response.status() == 201).count();
		long rejected = responses.stream().filter((response) -> response.status() == 422).count();
		assertThat(created + rejected).as(responses.toString()).isEqualTo(REQUESTS);
		assertThat(created).isEqualTo(REQUESTS / 2);
		assertThat(PaymentFixtures.paymentRows(policyId)).isEqualTo(1);
	}

	/**
	 * Sends the requests from parallel threads released at once, and returns the
	 * responses in order.
	 */
	static List<ApiClient.Response> sendTogether(int count, IntFunction<ApiClient.Response> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ApiClient.Response>> futures = new ArrayList<>();
		try (ExecutorService executor = Executors.newFixedThreadPool(count)) {
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(executor.submit(() -> {
					start.await();
					return request.apply(index);
				}));
			}
			start.countDown();
			List<ApiClient.Response> responses = new ArrayList<>();
			for (Future<ApiClient.Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

}
