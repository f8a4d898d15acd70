package com.pettoyou.payments.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentRequestTest {

	static final UUID ACCOUNT = UUID.fromString("00000000-0000-4000-8000-000000000001");

	static final UUID POLICY = UUID.fromString("00000000-0000-4000-8000-000000000002");

	@Test
	void fieldOrderDoesNotMatter() {
		Map<String, Object> forward = new LinkedHashMap<>();
		forward.put("policyId", POLICY);
		forward.put("amount", 19_900L);
		Map<String, Object> backward = new LinkedHashMap<>();
		backward.put("amount", 19_900L);
		backward.put("policyId", POLICY);

		IdempotentRequest first = IdempotentRequest.of(ACCOUNT, "k", IdempotentOperation.CREATE_PAYMENT, forward);
		IdempotentRequest second = IdempotentRequest.of(ACCOUNT, "k", IdempotentOperation.CREATE_PAYMENT, backward);

		assertThat(first.fingerprint()).hasSize(32).isEqualTo(second.fingerprint());
	}

	@Test
	void valueAndOperationChangeFingerprint() {
		Map<String, Object> body = Map.of("policyId", POLICY, "amount", 19_900L);
		byte[] original = IdempotentRequest.of(ACCOUNT, "k", IdempotentOperation.CREATE_PAYMENT, body).fingerprint();

		byte[] otherAmount = IdempotentRequest
			.of(ACCOUNT, "k", IdempotentOperation.CREATE_PAYMENT, Map.of("policyId", POLICY, "amount", 19_901L))
			.fingerprint();
		byte[] otherOperation = IdempotentRequest.of(ACCOUNT, "k", IdempotentOperation.REFUND_PAYMENT, body)
			.fingerprint();
		byte[] textAmount = IdempotentRequest
			.of(ACCOUNT, "k", IdempotentOperation.CREATE_PAYMENT, Map.of("policyId", POLICY, "amount", "19900"))
			.fingerprint();

		assertThat(otherAmount).isNotEqualTo(original);
		assertThat(otherOperation).isNotEqualTo(original);
		assertThat(textAmount).isNotEqualTo(original);
	}

	@Test
	void gatewayKeyIsStablePerAccountAndKey() {
		Map<String, Object> body = Map.of("amount", 1L);
		String key = IdempotentRequest.of(ACCOUNT, "k", IdempotentOperation.CREATE_PAYMENT, body).gatewayKey();

		String again = IdempotentRequest.of(ACCOUNT, "k", IdempotentOperation.CREATE_PAYMENT, Map.of("amount", 2L))
			.gatewayKey();
		String otherAccount = IdempotentRequest.of(UUID.randomUUID(), "k", IdempotentOperation.CREATE_PAYMENT, body)
			.gatewayKey();
		String otherKey = IdempotentRequest.of(ACCOUNT, "k2", IdempotentOperation.CREATE_PAYMENT, body).gatewayKey();

		assertThat(key).matches("[0-9a-f]{32}");
		assertThat(again).isEqualTo(key);
		assertThat(otherAccount).isNotEqualTo(key);
		assertThat(otherKey).isNotEqualTo(key);
		assertThat(key).doesNotContain(ACCOUNT.toString());
	}

	@Test
	void toStringOmitsKeyAndFingerprint() {
		IdempotentRequest request = IdempotentRequest.of(ACCOUNT, "client-key-123", IdempotentOperation.CREATE_PAYMENT,
				Map.of("amount", 1L));

		assertThat(request.toString()).doesNotContain("client-key-123").contains("CREATE_PAYMENT");
	}

}
