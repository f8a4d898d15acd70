package com.pettoyou.dataprotection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emails and phone numbers are stored encrypted, found through a blind index over their
 * canonical form, and never stored twice under the same key and nonce.
 */
@IntegrationTest
class AccountDataAtRestTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void emailAndPhoneRowsHoldNoPlaintext() {
		String email = "canary-" + System.nanoTime() + "@example.test";
		register(email, "+82 10 4444 0123");

		List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM account").query().listOfRows();

		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0)).doesNotContainKeys("email", "phone");
		for (Map<String, Object> row : rows) {
			String rowText = asText(row);
			assertThat(rowText).doesNotContain(email);
			assertThat(rowText).doesNotContain("4444 0123");
		}
	}

	@Test
	void ciphertextsStartWithKeyIdPrefix() {
		register("prefix-" + System.nanoTime() + "@example.test", null);

		List<byte[]> ciphertexts = jdbc.sql("SELECT email_encrypted FROM account").query(byte[].class).list();

		assertThat(ciphertexts).isNotEmpty()
			.allSatisfy((ciphertext) -> assertThat(ciphertext[0]).as("Tink version byte").isEqualTo((byte) 1));
	}

	@Test
	void noTwoCiphertextsShareKeyAndNonce() {
		register("nonce-a-" + System.nanoTime() + "@example.test", "+82 10 1111 2222");
		register("nonce-b-" + System.nanoTime() + "@example.test", "+82 10 1111 2222");

		List<String> headers = jdbc
			.sql("""
					SELECT encode(substring(email_encrypted FROM 1 FOR 17), 'hex') FROM account
					UNION ALL
					SELECT encode(substring(phone_encrypted FROM 1 FOR 17), 'hex') FROM account WHERE phone_encrypted IS NOT NULL
					""")
			.query(String.class)
			.list();

		assertThat(headers).doesNotHaveDuplicates();
	}

	@Test
	void caseAndSpaceVariantsAreTheSameAccount() {
		String email = "Variant-" + System.nanoTime() + "@Example.test";
		register(email.toLowerCase(), null);
		long accountsBefore = countAccounts();
		int mailsBefore = Outbox.to(email.toLowerCase()).size();

		ApiClient.Response again = api.post("/api/v1/auth/register",
				Map.of("email", email + " ", "password", Accounts.PASSWORD, "name", "At Rest"));

		assertThat(again.status()).isEqualTo(202);
		assertThat(countAccounts()).isEqualTo(accountsBefore);
		List<Outbox.Mail> mails = Outbox.to(email.toLowerCase());
		assertThat(mails).hasSize(mailsBefore + 1);
		assertThat(mails.get(mails.size() - 1).subject()).contains("tried to register");
	}

	private long countAccounts() {
		return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
	}

	private void register(String email, String phone) {
		Map<String, String> body = (phone != null)
				? Map.of("email", email, "password", Accounts.PASSWORD, "name", "At Rest", "phone", phone)
				: Map.of("email", email, "password", Accounts.PASSWORD, "name", "At Rest");
		assertThat(api.post("/api/v1/auth/register", body).status()).isEqualTo(202);
	}

	private static String asText(Map<String, Object> row) {
		StringBuilder text = new StringBuilder();
		for (Object value : row.values()) {
			text.append(
					(value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value))
				.append('|');
		}
		return text.toString();
	}

}
