package com.pettoyou.monitoring.metrics;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates signed-in security auditors through the administrator API. */
final class Auditors {

	static final String PASSWORD = "auditor passphrase for metrics tests";

	private Auditors() {
	}

	/** Creates an auditor, sets its password from the invitation mail and logs it in. */
	static ApiClient aSignedInAuditor(ApplicationContext context, ApiClient api) {
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);
		String email = "auditor-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		ApiClient.Response created = admin.post("/api/v1/admin/accounts",
				Map.of("email", email, "name", "Security Auditor", "role", "SECURITY_AUDITOR"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String token = Outbox.latestToken(email, "account");
		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", token, "newPassword", PASSWORD));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		return api.withToken(Accounts.login(api, email, PASSWORD));
	}

}
