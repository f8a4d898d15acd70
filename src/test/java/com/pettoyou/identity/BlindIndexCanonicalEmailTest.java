package com.pettoyou.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.crypto.BlindIndexer;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The email blind index is the HMAC of the canonical address (NFKC, trimmed, lower case),
 * so a registration that differs only in case and surrounding space finds the existing
 * account. Both registrations still get the same 202 response. Only the mail sent to the
 * address shows that the second one was a duplicate.
 */
@IntegrationTest
class BlindIndexCanonicalEmailTest {

	@LocalServerPort
	int port;

	@Autowired
	BlindIndexer indexer;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void mixedCaseThenSpacedLowerCaseIsDuplicate() {
		String tag = UUID.randomUUID().toString().substring(0, 12);
		String mixedCase = "Owner-" + tag + "@Example.test";
		String spacedLowerCase = "owner-" + tag + "@example.test ";
		String canonical = "owner-" + tag + "@example.test";

		ApiClient.Response first = register(mixedCase);
		ApiClient.Response second = register(spacedLowerCase);

		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		assertThat(second.status()).as(second.toString()).isEqualTo(202);
		assertThat(second.json()).isEqualTo(first.json());

		List<UUID> accounts = accountsWithEmailIndex(this.indexer.index("email", canonical));
		assertThat(accounts).as("accounts whose email_index is the HMAC of the canonical address").hasSize(1);
		assertThat(accountsWithEmailIndex(this.indexer.index("email", mixedCase)))
			.as("accounts indexed under the address as typed the first time")
			.isEmpty();
		assertThat(accountsWithEmailIndex(this.indexer.index("email", spacedLowerCase)))
			.as("accounts indexed under the address as typed the second time")
			.isEmpty();

		List<Outbox.Mail> mails = Outbox.to(canonical);
		assertThat(mails).hasSize(2);
		assertThat(mails).extracting(Outbox.Mail::to).containsOnly(canonical);
		assertThat(mails.get(0).subject()).startsWith("Verify");
		assertThat(mails.get(0).token()).as("verification token for the new account").isPresent();
		assertThat(mails.get(1).subject()).contains("tried to register");
		assertThat(mails.get(1).token()).as("token in the notice about the duplicate").isEmpty();

		List<Database.AuditRow> duplicate = Database.auditByCorrelationId(second.header("X-Request-Id"));
		assertThat(duplicate).extracting(Database.AuditRow::action).containsExactly("REGISTRATION_FOR_EXISTING_EMAIL");
		assertThat(duplicate.get(0).resourceId()).isEqualTo(accounts.get(0).toString());
	}

	@Test
	void loginFindsAccountThroughVariant() {
		String tag = UUID.randomUUID().toString().substring(0, 12);
		String canonical = Accounts.aVerifiedOwner(api, "owner-" + tag + "@example.test", Accounts.PASSWORD);

		ApiClient.Response login = Accounts.attemptLogin(api, "  OWNER-" + tag.toUpperCase() + "@EXAMPLE.TEST ",
				Accounts.PASSWORD);

		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		ApiClient signedIn = api.withToken(login.json().get("accessToken").asString());
		assertThat(signedIn.get("/api/v1/me").json().get("email").asString()).isEqualTo(canonical);
	}

	private ApiClient.Response register(String email) {
		return api.post("/api/v1/auth/register",
				Map.of("email", email, "password", Accounts.PASSWORD, "name", "Index Owner"));
	}

	private static List<UUID> accountsWithEmailIndex(byte[] index) {
		return Database.jdbc()
			.sql("SELECT id FROM account WHERE email_index = :index")
			.param("index", index)
			.query(UUID.class)
			.list();
	}

}
