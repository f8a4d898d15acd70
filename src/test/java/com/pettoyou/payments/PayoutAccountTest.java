package com.pettoyou.payments;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.insurance.ClaimFixtures;
import com.pettoyou.insurance.InsuranceFixtures;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners' payout accounts are validated, stored encrypted, shown only masked, and never
 * logged or audited in full.
 */
@PaymentsIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PayoutAccountTest {

	private static final String PATH = "/api/v1/me/payout-account";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	ApiClient api;

	ApiClient owner;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = ClaimFixtures.anOwner(api).client();
	}

	@Test
	void accountIsShownMasked() {
		ApiClient.Response set = put(owner, body("088", "3333-01-2345678", "Park Minseo"));

		ApiClient.Response read = owner.get(PATH);

		assertThat(set.status()).as(set.toString()).isEqualTo(204);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		JsonNode account = read.json();
		assertThat(account.get("bankCode").asString()).isEqualTo("088");
		assertThat(account.get("accountNumber").asString()).isEqualTo("***-****-5678");
		assertThat(account.get("holderName").asString()).isEqualTo("Park Minseo");
		assertThat(read.body()).doesNotContain("3333012345678").doesNotContain("3333-01").doesNotContain("ncrypted");
	}

	@Test
	void accountIsStoredEncrypted() {
		put(owner, body("088", "3333-01-2345678", "Park Minseo"));

		Map<String, Object> row = Database.jdbc()
			.sql("SELECT * FROM payout_account WHERE account_id = :id")
			.param("id", Accounts.accountId(owner))
			.query()
			.singleRow();

		assertThat(row).doesNotContainKeys("account_number", "holder_name");
		assertThat(row.get("account_number_last4")).isEqualTo("5678");
		String stored = row.values()
			.stream()
			.map((value) -> (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.ISO_8859_1)
					: String.valueOf(value))
			.reduce("", String::concat);
		assertThat(stored).doesNotContain("3333012345678").doesNotContain("012345").doesNotContain("Park");
	}

	@Test
	void accountIsReplaced() {
		put(owner, body("088", "3333-01-2345678", "Park Minseo"));

		ApiClient.Response replaced = put(owner, body("004", "110-123-456789", "Park Minseo"));

		assertThat(replaced.status()).isEqualTo(204);
		assertThat(owner.get(PATH).json().get("accountNumber").asString()).isEqualTo("***-****-6789");
		List<Database.AuditRow> audit = Database.auditByActionAndResource("PAYOUT_ACCOUNT_SET",
				Accounts.accountId(owner).toString());
		assertThat(audit).hasSize(2);
		assertThat(audit.get(1).details()).contains("\"replaced\": \"true\"").contains("004");
	}

	@Test
	void missingAccountIsNotFound() {
		assertThat(owner.get(PATH).status()).isEqualTo(404);
	}

	@ParameterizedTest
	@CsvSource({ "04, 1234567890", "0044, 1234567890", "abc, 1234567890", "004, 123456789", "004, 12345678901234567",
			"004, 12a4567890", "004, -1234567890", "004, 1234567890-", "004, 12--34567890", "004, 1234 567890",
			"004, ''", "004, ١٢٣٤٥٦٧٨٩٠" })
	void invalidAccountIsRejected(String bankCode, String accountNumber) {
		ApiClient.Response response = put(owner, body(bankCode, accountNumber, "Park Minseo"));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.body()).doesNotContain(accountNumber.isEmpty() ? "\"\"" : accountNumber);
		assertThat(owner.get(PATH).status()).isEqualTo(404);
	}

	@Test
	void invalidHolderIsRejected() {
		for (String holder : List.of("", "   ", "<script>alert(1)</script>", "a".repeat(51), "Park\nMinseo")) {
			ApiClient.Response response = put(owner, body("004", "1234567890", holder));

			assertThat(response.status()).as(holder + ": " + response).isEqualTo(400);
		}
	}

	@Test
	void unknownOrMissingFieldsAreRejected() {
		Map<String, Object> extra = new HashMap<>(body("004", "1234567890", "Park Minseo"));
		extra.put("accountId", UUID.randomUUID().toString());
		Map<String, Object> missing = new HashMap<>(body("004", "1234567890", "Park Minseo"));
		missing.remove("bankCode");

		assertThat(put(owner, extra).status()).isEqualTo(400);
		assertThat(put(owner, missing).status()).isEqualTo(400);
	}

	@Test
	void onlyOwnersHaveAccounts() {
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);
		ApiClient adjuster = ClaimFixtures.anAdjuster(context, api);

		assertThat(put(operator, body("004", "1234567890", "Finance")).status()).isEqualTo(403);
		assertThat(put(adjuster, body("004", "1234567890", "Adjuster")).status()).isEqualTo(403);
		assertThat(operator.get(PATH).status()).isEqualTo(403);
		assertThat(api.get(PATH).status()).isEqualTo(401);
	}

	@Test
	void accountNumberNeverLoggedOrAudited(CapturedOutput output) {
		String number = "7071-8282-9393";
		put(owner, body("004", number, "Canary Holder Qz"));
		ApiClient adjuster = ClaimFixtures.anAdjuster(context, api);
		String policyId = ClaimFixtures.anActivePolicy(owner, ClaimFixtures.PREMIUM, ClaimFixtures.SETTLED_POLICY_DAYS);
		String claimId = ClaimFixtures.aSubmittedClaim(owner, ClaimFixtures.aClaim(clock, policyId, "GENERAL", 88_000));
		ClaimFixtures.reviewAndApprove(adjuster, claimId, 88_000);
		ApiClient operator = InsuranceFixtures.aFinanceOperator(context, api);
		JsonNode payout = PayoutFixtures.listed(operator, PayoutFixtures.payoutOf(claimId));
		assertThat(payout.get("status").asString()).isEqualTo("SUCCEEDED");

		String audit = String.join("\n",
				Database.jdbc().sql("SELECT details::text FROM audit_event").query(String.class).list());
		assertThat(output.getAll()).as("the flow was logged").contains("Payout sent");
		for (String canary : List.of("707182829393", number, "Canary Holder Qz")) {
			assertThat(output.getAll()).as("logs").doesNotContain(canary);
			assertThat(audit).as("audit rows").doesNotContain(canary);
		}
		assertThat(operator.get("/api/v1/payouts?size=100").body()).doesNotContain("707182829393")
			.doesNotContain("Canary");
	}

	private static ApiClient.Response put(ApiClient client, Map<String, Object> body) {
		return client.send("PUT", PATH, body);
	}

	private static Map<String, Object> body(String bankCode, String accountNumber, String holderName) {
		return Map.of("bankCode", bankCode, "accountNumber", accountNumber, "holderName", holderName);
	}

}
