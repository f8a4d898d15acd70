package com.pettoyou.payments;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.common.SecurityEvent;
import com.pettoyou.identity.SessionCookies;
import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's webhook: signed events settle pending payments and refunds once;
 * unsigned, wrongly signed, expired and replayed deliveries change nothing.
 */
@PaymentsIntegrationTest
class WebhookTest {

	static final String PATH = "/api/v1/payments/webhook";

	/** An amount that the sandbox leaves pending, because it ends in 99. */
	static final long PENDING_AMOUNT = 20_099;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	SecurityEvents securityEvents;

	@Value("${pettoyou.payments.webhook-secret}")
	String secret;

	ApiClient api;

	ApiClient owner;

	String policyId;

	String paymentId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = InsuranceFixtures.anOwner(api);
		policyId = InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC);
		ApiClient.Response paid = PaymentFixtures.pay(owner, PaymentFixtures.aKey(), policyId, PENDING_AMOUNT);
		assertThat(paid.json().get("status").asString()).isEqualTo("PENDING");
		paymentId = paid.json().get("id").asString();
	}

	@Test
	void signedEventSettlesPendingPayment() {
		String eventId = anEventId();

		ApiClient.Response response = deliver(paymentEvent(eventId, "payment.succeeded", PENDING_AMOUNT));

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
		assertThat(payment("status")).isEqualTo("SUCCEEDED");
		assertThat(InsuranceFixtures.policy(owner, policyId).get("status").asString()).isEqualTo("ACTIVE");
		List<Database.AuditRow> audit = Database.auditByActionAndResource("PAYMENT_SUCCEEDED", paymentId);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).details()).contains(eventId);
		assertThat(eventOutcome(eventId)).isEqualTo("APPLIED");
	}

	@Test
	void failedEventDeclinesPendingPayment() {
		String body = "{\"id\":\"" + anEventId() + "\",\"type\":\"payment.failed\",\"data\":{\"paymentId\":\""
				+ paymentId + "\",\"amount\":" + PENDING_AMOUNT + ",\"declineCode\":\"insufficient_funds\"}}";

		ApiClient.Response response = deliver(body);

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
		assertThat(payment("status")).isEqualTo("DECLINED");
		assertThat(payment("declineCode")).isEqualTo("insufficient_funds");
		assertThat(InsuranceFixtures.policy(owner, policyId).get("status").asString()).isEqualTo("PENDING");
		assertThat(Database.auditByActionAndResource("PAYMENT_DECLINED", paymentId)).hasSize(1);
	}

	@Test
	void replayedEventIsAppliedOnce() throws Exception {
		String eventId = anEventId();
		String body = paymentEvent(eventId, "payment.succeeded", PENDING_AMOUNT);
		String signature = signature(now(), body);

		List<ApiClient.Response> deliveries = ParallelPaymentTest.sendTogether(5,
				(index) -> api.withHeader("Webhook-Signature", signature).post(PATH, body));
		ApiClient.Response replayed = api.withHeader("Webhook-Signature", signature).post(PATH, body);
		ApiClient.Response resigned = deliver(body);

		for (ApiClient.Response delivery : deliveries) {
			assertThat(delivery.status()).as(delivery.toString()).isEqualTo(204);
		}
		assertThat(replayed.status()).as(replayed.toString()).isEqualTo(204);
		assertThat(resigned.status()).as(resigned.toString()).isEqualTo(204);
		assertThat(Database.auditByActionAndResource("PAYMENT_SUCCEEDED", paymentId)).hasSize(1);
		assertThat(Database.auditByActionAndResource("POLICY_ACTIVATED", policyId)).hasSize(1);
		assertThat(Database.jdbc()
			.sql("SELECT count(*) FROM payment_webhook_event WHERE event_id = :id")
			.param("id", eventId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void eventForSettledPaymentIsIgnored() {
		assertThat(deliver(paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT)).status()).isEqualTo(204);
		String late = anEventId();

		ApiClient.Response response = deliver(paymentEvent(late, "payment.failed", PENDING_AMOUNT));

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
		assertThat(payment("status")).isEqualTo("SUCCEEDED");
		assertThat(eventOutcome(late)).isEqualTo("IGNORED");
	}

	@Test
	void wrongSignatureIsRejected() {
		String body = paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT);
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		long t = now();
		String forged = "t=" + t + ",v1=" + hmac(otherKey, t + "." + body);

		ApiClient.Response response = api.withHeader("Webhook-Signature", forged).post(PATH, body);

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.json().get("code").asString()).isEqualTo("unauthorized");
		assertThat(payment("status")).isEqualTo("PENDING");
		List<Database.AuditRow> audit = Database.auditByCorrelationId(response.header("X-Request-Id"));
		assertThat(audit).extracting(Database.AuditRow::action).containsExactly("PAYMENT_WEBHOOK_REJECTED");
		assertThat(audit.get(0).outcome()).isEqualTo("DENIED");
		assertThat(audit.get(0).details()).contains("mismatch");
		assertThat(securityEvents.ofType("PAYMENT_WEBHOOK_REJECTED")).isNotEmpty();
	}

	@Test
	void tamperedBodyIsRejected() {
		String body = paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT);
		String signature = signature(now(), body);

		ApiClient.Response response = api.withHeader("Webhook-Signature", signature)
			.post(PATH, body.replace("payment.succeeded", "payment.failed"));

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(payment("status")).isEqualTo("PENDING");
	}

	@Test
	void expiredOrFutureSignatureIsRejected() {
		String body = paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT);

		ApiClient.Response expired = api.withHeader("Webhook-Signature", signature(now() - 301, body)).post(PATH, body);
		ApiClient.Response future = api.withHeader("Webhook-Signature", signature(now() + 301, body)).post(PATH, body);

		assertThat(expired.status()).as(expired.toString()).isEqualTo(401);
		assertThat(Database.auditByCorrelationId(expired.header("X-Request-Id")).get(0).details()).contains("expired");
		assertThat(future.status()).as(future.toString()).isEqualTo(401);
		assertThat(payment("status")).isEqualTo("PENDING");

		ApiClient.Response recent = api.withHeader("Webhook-Signature", signature(now() - 290, body)).post(PATH, body);

		assertThat(recent.status()).as(recent.toString()).isEqualTo(204);
		assertThat(payment("status")).isEqualTo("SUCCEEDED");
	}

	@Test
	void missingOrMalformedHeaderIsRejected() {
		String body = paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT);
		String valid = signature(now(), body);

		List<ApiClient.Response> responses = List.of(api.post(PATH, body),
				api.withHeader("Webhook-Signature", "v1=" + valid.substring(valid.indexOf("v1=") + 3)).post(PATH, body),
				api.withHeader("Webhook-Signature", valid.substring(0, valid.indexOf(','))).post(PATH, body),
				api.withHeader("Webhook-Signature", "t=abc," + valid.substring(valid.indexOf(',') + 1))
					.post(PATH, body),
				api.withHeader("Webhook-Signature", valid.substring(0, valid.length() - 2)).post(PATH, body));

		for (ApiClient.Response response : responses) {
			assertThat(response.status()).as(response.toString()).isEqualTo(401);
		}
		assertThat(payment("status")).isEqualTo("PENDING");
	}

	@Test
	void amountMismatchIsIgnoredAndReported() {
		String eventId = anEventId();

		ApiClient.Response response = deliver(paymentEvent(eventId, "payment.succeeded", PENDING_AMOUNT + 1));

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
		assertThat(payment("status")).isEqualTo("PENDING");
		assertThat(eventOutcome(eventId)).isEqualTo("IGNORED");
		List<SecurityEvent> events = securityEvents.ofType("PAYMENT_WEBHOOK_AMOUNT_MISMATCH")
			.stream()
			.filter((event) -> eventId.equals(event.details().get("eventId")))
			.toList();
		assertThat(events).hasSize(1);
		assertThat(events.get(0).severity()).isEqualTo(SecurityEvent.Severity.CRITICAL);
		assertThat(events.get(0).details()).containsEntry("category", "FINANCIAL");
	}

	@Test
	void refundEventsSettlePendingRefunds() {
		assertThat(deliver(paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT)).status()).isEqualTo(204);
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);
		String succeeding = pendingRefund(operator, 10_099);
		String failing = pendingRefund(operator, 5_099);
		assertThat(payment("pendingRefundAmount")).isEqualTo("15198");

		ApiClient.Response succeeded = deliver(refundEvent(succeeding, "refund.succeeded", 10_099));
		ApiClient.Response failed = deliver(refundEvent(failing, "refund.failed", 5_099));

		assertThat(succeeded.status()).as(succeeded.toString()).isEqualTo(204);
		assertThat(failed.status()).as(failed.toString()).isEqualTo(204);
		assertThat(payment("refundedAmount")).isEqualTo("10099");
		assertThat(payment("pendingRefundAmount")).isEqualTo("0");
		assertThat(Database.auditByActionAndResource("PAYMENT_REFUNDED", paymentId)).hasSize(1);
		assertThat(Database.auditByActionAndResource("PAYMENT_REFUND_DECLINED", paymentId)).hasSize(1);
	}

	@Test
	void unknownPaymentIsNotRecorded() {
		String eventId = anEventId();
		String body = "{\"id\":\"" + eventId + "\",\"type\":\"payment.succeeded\",\"data\":{\"paymentId\":\""
				+ UUID.randomUUID() + "\",\"amount\":1000,\"reference\":\"txn_1\"}}";

		ApiClient.Response response = deliver(body);

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(Database.jdbc()
			.sql("SELECT count(*) FROM payment_webhook_event WHERE event_id = :id")
			.param("id", eventId)
			.query(Integer.class)
			.single()).as("a later delivery may still apply the event").isZero();
	}

	@Test
	void invalidEventIsRejected() {
		List<String> bodies = List.of("{\"id\":", "{\"id\":\"" + anEventId() + "\",\"type\":\"payment.succeeded\"}",
				"{\"id\":\"" + anEventId() + "\",\"type\":\"payment.succeeded\",\"data\":{\"amount\":" + PENDING_AMOUNT
						+ ",\"reference\":\"txn_1\"}}",
				"{\"id\":\"bad id!\",\"type\":\"payment.succeeded\",\"data\":{}}",
				paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT).replace("}}", "},\"extra\":1}"));

		for (String body : bodies) {
			ApiClient.Response response = deliver(body);

			assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
		}
		assertThat(payment("status")).isEqualTo("PENDING");
	}

	@Test
	void unknownTypeIsAcknowledged() {
		String eventId = anEventId();

		ApiClient.Response response = deliver(
				"{\"id\":\"" + eventId + "\",\"type\":\"payout.created\",\"data\":{\"amount\":1000}}");

		assertThat(response.status()).as(response.toString()).isEqualTo(204);
		assertThat(eventOutcome(eventId)).isEqualTo("IGNORED");
	}

	@Test
	void sessionCookieNeedsNoCsrfToken() {
		String email = Accounts.aVerifiedOwner(api);
		ApiClient.Response login = api.post("/api/v1/auth/login",
				Map.of("email", email, "password", Accounts.PASSWORD, "client", "web"));
		String cookie = login.headers("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(SessionCookies.SESSION + "="))
			.map((header) -> header.substring(0, header.indexOf(';')))
			.findFirst()
			.orElseThrow();
		ApiClient browser = api.withHeader("Cookie", cookie);
		String body = paymentEvent(anEventId(), "payment.succeeded", PENDING_AMOUNT);

		ApiClient.Response webhook = browser.withHeader("Webhook-Signature", signature(now(), body)).post(PATH, body);
		ApiClient.Response payment = browser.withHeader("Idempotency-Key", PaymentFixtures.aKey())
			.post("/api/v1/payments", Map.of("policyId", policyId, "amount", 19_900));

		assertThat(webhook.status()).as(webhook.toString()).isEqualTo(204);
		assertThat(payment.status()).as("cookie-authenticated payment without CSRF token: " + payment).isEqualTo(403);
	}

	private String pendingRefund(ApiClient operator, long amount) {
		ApiClient.Response refund = PaymentFixtures.refund(operator, PaymentFixtures.aKey(), paymentId, amount);
		assertThat(refund.json().get("status").asString()).as(refund.toString()).isEqualTo("PENDING");
		return refund.json().get("id").asString();
	}

	private ApiClient.Response deliver(String body) {
		return api.withHeader("Webhook-Signature", signature(now(), body)).post(PATH, body);
	}

	private String paymentEvent(String eventId, String type, long amount) {
		return "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"data\":{\"paymentId\":\"" + paymentId
				+ "\",\"amount\":" + amount + ",\"reference\":\"txn_" + eventId + "\"}}";
	}

	private static String refundEvent(String refundId, String type, long amount) {
		return "{\"id\":\"" + anEventId() + "\",\"type\":\"" + type + "\",\"data\":{\"refundId\":\"" + refundId
				+ "\",\"amount\":" + amount + ",\"reference\":\"txn_refund\"}}";
	}

	private String payment(String field) {
		ApiClient.Response read = owner.get("/api/v1/payments/" + paymentId);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json().get(field).asString();
	}

	private static String eventOutcome(String eventId) {
		return Database.jdbc()
			.sql("SELECT outcome FROM payment_webhook_event WHERE event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single();
	}

	private static String anEventId() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * Returns the server clock in Unix seconds, which the development clock may have
	 * moved.
	 */
	private long now() {
		return clock.instant().getEpochSecond();
	}

	private String signature(long t, String body) {
		return "t=" + t + ",v1=" + hmac(Base64.getDecoder().decode(secret), t + "." + body);
	}

	private static String hmac(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
