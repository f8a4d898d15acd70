package com.pettoyou.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

@EdgeIntegrationTest
class ErrorResponsesTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = EdgeClients.fromNewAddress(new ApiClient(port));
	}

	@Test
	void internalErrorIsGeneric() {
		ApiClient.Response response = owner().get(TestEndpoints.FAILURE_PATH);

		HeaderChecks.assertProblem(response, 500, "internal_error");
		HeaderChecks.assertSecurityHeaders(response);
		assertThat(response.body()).doesNotContain("IllegalStateException")
			.doesNotContain("SecretClass")
			.doesNotContain("Failure forced")
			.doesNotContain("java.")
			.doesNotContain("at com.");
	}

	@Test
	void filterFailureIsGeneric() {
		ApiClient.Response response = api.get(TestEndpoints.FILTER_FAILURE_PATH);

		HeaderChecks.assertProblem(response, 500, "internal_error");
		HeaderChecks.assertSecurityHeaders(response);
		assertThat(response.body()).doesNotContain("SecretFilter").doesNotContain("IllegalStateException");
	}

	@Test
	void validationNamesFieldsAndConstraints() {
		ApiClient.Response response = api.post("/api/v1/auth/register",
				Map.of("email", "not-an-email", "password", "x", "name", " "));

		HeaderChecks.assertProblem(response, 400, "validation_failed");
		assertThat(violations(response)).containsEntry("email", "email").containsEntry("name", "not_blank");
		assertThat(response.body()).doesNotContain("not-an-email");
	}

	@Test
	void patternViolationHasCode() {
		ApiClient.Response response = api.post("/api/v1/auth/login",
				Map.of("email", "a@example.test", "password", "x", "client", "desktop"));

		HeaderChecks.assertProblem(response, 400, "validation_failed");
		assertThat(violations(response)).containsEntry("client", "pattern");
		assertThat(response.body()).doesNotContain("desktop");
	}

	@Test
	void sizeViolationHasCode() {
		ApiClient.Response response = api.post("/api/v1/auth/verify-email", Map.of("token", "t".repeat(129)));

		assertThat(violations(response)).containsEntry("token", "size");
	}

	@Test
	void missingBodyIsBadRequest() {
		ApiClient.Response response = api.post("/api/v1/auth/login", "");

		HeaderChecks.assertProblem(response, 400, "validation_failed");
	}

	@Test
	void malformedJsonIsBadRequest() {
		ApiClient.Response response = api.post("/api/v1/auth/login", "{\"email\": ");

		HeaderChecks.assertProblem(response, 400, "validation_failed");
		assertThat(response.body()).doesNotContain("Unexpected end");
	}

	@Test
	void unacceptableMediaTypeIsNotAcceptable() {
		ApiClient.Response response = owner().withHeader("Accept", "application/xml").get("/api/v1/me");

		assertThat(response.status()).isEqualTo(406);
		HeaderChecks.assertSecurityHeaders(response);
	}

	@Test
	void invalidPathVariableIsBadRequest() {
		ApiClient.Response response = owner().send("PATCH", "/api/v1/admin/accounts/not-a-uuid",
				Map.of("role", "PET_OWNER"));

		HeaderChecks.assertProblem(response, 400, "validation_failed");
		assertThat(response.body()).doesNotContain("UUID").doesNotContain("Exception");
	}

	@Test
	void errorPathIsNotPublic() {
		ApiClient.Response response = api.get("/error");

		HeaderChecks.assertProblem(response, 401, "unauthorized");
	}

	@Test
	void errorPathWithoutErrorIsNotFound() {
		ApiClient.Response response = owner().get("/error");

		HeaderChecks.assertProblem(response, 404, "not_found");
	}

	private ApiClient owner() {
		return api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));
	}

	private static Map<String, String> violations(ApiClient.Response response) {
		JsonNode errors = response.json().get("errors");
		assertThat(errors).as("errors of " + response).isNotNull();
		Map<String, String> byField = new java.util.HashMap<>();
		errors.forEach((error) -> byField.put(error.get("field").asString(), error.get("code").asString()));
		return byField;
	}

}
