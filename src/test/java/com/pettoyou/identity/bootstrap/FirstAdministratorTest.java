package com.pettoyou.identity.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no default account: well-known credentials fail, and the first administrator
 * comes from the {@code create-admin} command with a one-time or operator-chosen
 * password. The command's output goes to a buffer, so generated passwords never reach the
 * test log.
 */
@IntegrationTest
class FirstAdministratorTest {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password[^:]*: (\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void defaultCredentialsRejected() {
		List<List<String>> credentials = List.of(List.of("admin", "admin"), List.of("admin@pettoyou.local", "admin"),
				List.of("admin@pettoyou.com", "admin123"), List.of("administrator", "password"),
				List.of("root", "root"), List.of("admin@example.com", "changeme"));
		for (List<String> pair : credentials) {
			ApiClient.Response login = Accounts.attemptLogin(api, pair.get(0), pair.get(1));
			assertThat(login.status()).as("%s / %s", pair.get(0), pair.get(1)).isEqualTo(401);
		}
	}

	@Test
	void generatedPasswordRestrictsSession() {
		String email = uniqueAdminEmail();
		Run run = createAdmin(new MockEnvironment(), email);
		assertThat(run.exitCode).as(run.output).isZero();

		ApiClient.Response login = Accounts.attemptLogin(api, email, oneTimePassword(run));
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		assertThat(login.json().get("passwordChangeRequired").asBoolean()).isTrue();
		ApiClient admin = api.withToken(login.json().get("accessToken").asString());

		assertThat(admin.post("/api/v1/admin/accounts", newAccount()).status()).as("admin API before the change")
			.isEqualTo(403);
		ApiClient.Response profile = admin.get("/api/v1/me");
		assertThat(profile.status()).as("own profile before the change").isEqualTo(200);
		assertThat(profile.json().get("permissions")).as("permissions before the change").isEmpty();
		ApiClient.Response change = admin.post("/api/v1/auth/password/change",
				Map.of("currentPassword", oneTimePassword(run), "newPassword", "chosen administrator passphrase"));
		assertThat(change.status()).as(change.toString()).isEqualTo(204);
		ApiClient.Response created = admin.post("/api/v1/admin/accounts", newAccount());
		assertThat(created.status()).as("admin API after the change: " + created).isEqualTo(201);
	}

	@Test
	void generatedPasswordsAreRandom() {
		Run first = createAdmin(new MockEnvironment(), uniqueAdminEmail());
		Run second = createAdmin(new MockEnvironment(), uniqueAdminEmail());

		assertThat(oneTimePassword(first)).isNotEqualTo(oneTimePassword(second));
		assertThat(Base64.getUrlDecoder().decode(oneTimePassword(first)).length * 8).isGreaterThanOrEqualTo(128);
	}

	@Test
	void environmentPasswordUsed() {
		String email = uniqueAdminEmail();
		String password = "operator chosen passphrase " + UUID.randomUUID();
		Run run = createAdmin(new MockEnvironment().withProperty("PETTOYOU_ADMIN_PASSWORD", password), email);

		assertThat(run.exitCode).as(run.output).isZero();
		assertThat(run.output).doesNotContain("One-time password");
		assertThat(run.output).doesNotContain(password);
		ApiClient.Response login = Accounts.attemptLogin(api, email, password);
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		assertThat(login.json().has("passwordChangeRequired")).isFalse();
		ApiClient admin = api.withToken(login.json().get("accessToken").asString());
		assertThat(admin.post("/api/v1/admin/accounts", newAccount()).status()).isEqualTo(201);
	}

	@Test
	void weakEnvironmentPasswordRejected() {
		String email = uniqueAdminEmail();

		Run run = createAdmin(new MockEnvironment().withProperty("PETTOYOU_ADMIN_PASSWORD", "admin"), email);

		assertThat(run.exitCode).as(run.output).isEqualTo(1);
		assertThat(Accounts.attemptLogin(api, email, "admin").status()).isEqualTo(401);
	}

	@Test
	void missingEmailRejected() {
		Run run = createAdmin(new MockEnvironment(), null);

		assertThat(run.exitCode).as(run.output).isEqualTo(2);
	}

	private Run createAdmin(MockEnvironment environment, String email) {
		FirstAdministratorCommand command = new FirstAdministratorCommand(context.getBean(FirstAdministrator.class),
				environment, context);
		String[] arguments = (email != null) ? new String[] { FirstAdministratorCommand.COMMAND, "--email=" + email }
				: new String[] { FirstAdministratorCommand.COMMAND };
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		int exitCode;
		try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
			exitCode = command.execute(new DefaultApplicationArguments(arguments), out);
		}
		return new Run(exitCode, buffer.toString(StandardCharsets.UTF_8));
	}

	private static String oneTimePassword(Run run) {
		Matcher matcher = ONE_TIME_PASSWORD.matcher(run.output);
		assertThat(matcher.find()).as("the output names a one-time password").isTrue();
		return matcher.group(1);
	}

	private static String uniqueAdminEmail() {
		return "first-admin-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
	}

	private static Map<String, Object> newAccount() {
		return Map.of("email", "staff-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test", "name",
				"New Staff", "role", "SECURITY_AUDITOR");
	}

	/** The exit code and output of one command run. The output may contain a password. */
	private record Run(int exitCode, String output) {

		@Override
		public String toString() {
			return "Run[exitCode=" + exitCode + ", output redacted]";
		}

	}

}
