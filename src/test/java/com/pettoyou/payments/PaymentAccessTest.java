package com.pettoyou.payments;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/** Payers read their own payments, finance operators read all, everyone else gets 403. */
@PaymentsIntegrationTest
class PaymentAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	ApiClient owner;

	String paymentId;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = InsuranceFixtures.anOwner(api);
		paymentId = PaymentFixtures.aPayment(owner, InsuranceFixtures.aPolicy(owner, InsuranceFixtures.BASIC), 19_900);
	}

	@Test
	void payerReadsOwnPayments() {
		ApiClient.Response listed = owner.get("/api/v1/payments");
		ApiClient.Response read = owner.get("/api/v1/payments/" + paymentId);

		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		assertThat(ids(listed)).containsExactly(paymentId);
		assertThat(listed.json().get("total").asLong()).isEqualTo(1);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("status").asString()).isEqualTo("SUCCEEDED");
	}

	@Test
	void otherOwnerIsForbidden() {
		ApiClient other = InsuranceFixtures.anOwner(api);

		ApiClient.Response read = other.get("/api/v1/payments/" + paymentId);
		ApiClient.Response listed = other.get("/api/v1/payments");

		assertThat(read.status()).as(read.toString()).isEqualTo(403);
		assertThat(Database.auditByCorrelationId(read.header("X-Request-Id"))).extracting(Database.AuditRow::action)
			.containsExactly("ACCESS_DENIED");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(ids(listed)).isEmpty();
	}

	@Test
	void unknownPaymentIsNotFound() {
		ApiClient.Response read = owner.get("/api/v1/payments/" + UUID.randomUUID());

		assertThat(read.status()).as(read.toString()).isEqualTo(404);
	}

	@Test
	void financeOperatorReadsAll() {
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);

		ApiClient.Response read = operator.get("/api/v1/payments/" + paymentId);
		ApiClient.Response listed = operator.get("/api/v1/payments?size=100");

		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("payerId").asString())
			.isEqualTo(com.pettoyou.support.Accounts.accountId(owner).toString());
		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		assertThat(ids(listed)).contains(paymentId);
	}

	@Test
	void otherRolesAreForbidden() {
		ApiClient administrator = Administrators.aSignedInAdministrator(context, api);
		ApiClient adjuster = InsuranceFixtures.aSignedInAccount(context, api, "CLAIMS_ADJUSTER");

		assertThat(administrator.get("/api/v1/payments").status()).isEqualTo(403);
		assertThat(administrator.get("/api/v1/payments/" + paymentId).status()).isEqualTo(403);
		assertThat(adjuster.get("/api/v1/payments").status()).isEqualTo(403);
		assertThat(adjuster.get("/api/v1/payments/" + paymentId).status()).isEqualTo(403);
	}

	@Test
	void anonymousCallerIsUnauthorized() {
		assertThat(api.get("/api/v1/payments").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/payments/" + paymentId).status()).isEqualTo(401);
	}

	private static List<String> ids(ApiClient.Response listed) {
		return listed.json().get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

}
