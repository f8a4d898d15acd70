package com.pettoyou.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

@EdgeIntegrationTest
class StrictJsonTest {

	static final String VALID = "{\"count\":5,\"amount\":10,\"flag\":true,\"kind\":\"DOG\",\"name\":\"Rex\",\"nested\":[]}";

	/** Bodies that a strict reader rejects, by what is wrong with them. */
	static final Map<String, String> INVALID = new LinkedHashMap<>();

	static {
		INVALID.put("unknown property", "{\"count\":5,\"amount\":10,\"flag\":true,\"role\":\"ADMIN\"}");
		INVALID.put("property in another case", "{\"Count\":5,\"amount\":10,\"flag\":true}");
		INVALID.put("duplicate key", "{\"count\":5,\"count\":6,\"amount\":10,\"flag\":true}");
		INVALID.put("string for integer", "{\"count\":\"5\",\"amount\":10,\"flag\":true}");
		INVALID.put("exponent for integer", "{\"count\":1e7,\"amount\":10,\"flag\":true}");
		INVALID.put("fraction for integer", "{\"count\":0.5,\"amount\":10,\"flag\":true}");
		INVALID.put("fraction for long", "{\"count\":5,\"amount\":0.5,\"flag\":true}");
		INVALID.put("overflowing long", "{\"count\":5,\"amount\":92233720368547758070,\"flag\":true}");
		INVALID.put("null for primitive", "{\"count\":5,\"amount\":null,\"flag\":true}");
		INVALID.put("string for boolean", "{\"count\":5,\"amount\":10,\"flag\":\"true\"}");
		INVALID.put("number for boolean", "{\"count\":5,\"amount\":10,\"flag\":1}");
		INVALID.put("number for enum", "{\"count\":5,\"amount\":10,\"flag\":true,\"kind\":0}");
		INVALID.put("unknown enum", "{\"count\":5,\"amount\":10,\"flag\":true,\"kind\":\"dog\"}");
		INVALID.put("number for string", "{\"count\":5,\"amount\":10,\"flag\":true,\"name\":42}");
		INVALID.put("trailing tokens", VALID + " {}");
		INVALID.put("65 nested arrays",
				"{\"count\":5,\"amount\":10,\"flag\":true,\"nested\":" + "[".repeat(65) + "]".repeat(65) + "}");
		INVALID.put("NaN", "{\"count\":5,\"amount\":NaN,\"flag\":true}");
		INVALID.put("single quotes", "{'count':5,'amount':10,'flag':true}");
		INVALID.put("comment", "{\"count\":5,/* x */\"amount\":10,\"flag\":true}");
		INVALID.put("bare array", "[" + VALID + "]");
	}

	@LocalServerPort
	int port;

	ApiClient owner;

	@BeforeEach
	void setUp() {
		ApiClient api = EdgeClients.fromNewAddress(new ApiClient(port));
		owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));
	}

	@Test
	void validBodyIsAccepted() {
		ApiClient.Response response = owner.post(TestEndpoints.TYPED_BODY_PATH, VALID);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("count").asInt()).isEqualTo(5);
	}

	@Test
	void moderateNestingIsAccepted() {
		String body = "{\"count\":5,\"amount\":10,\"flag\":true,\"nested\":" + "[".repeat(60) + "]".repeat(60) + "}";

		assertThat(owner.post(TestEndpoints.TYPED_BODY_PATH, body).status()).isEqualTo(200);
	}

	@Test
	void invalidBodiesAreRejectedQuickly() {
		SoftAssertions softly = new SoftAssertions();
		INVALID.forEach((name, body) -> {
			long started = System.nanoTime();
			ApiClient.Response response = owner.post(TestEndpoints.TYPED_BODY_PATH, body);
			long millis = (System.nanoTime() - started) / 1_000_000;

			softly.assertThat(response.status()).as(name + " -> " + response).isEqualTo(400);
			softly.assertThat(response.header("Content-Type"))
				.as(name + " content type")
				.startsWith("application/problem+json");
			softly.assertThat(millis).as(name + " milliseconds").isLessThan(1000);
		});
		softly.assertAll();
	}

	@Test
	void unknownPropertyIsNamed() {
		ApiClient.Response response = owner.post(TestEndpoints.TYPED_BODY_PATH, INVALID.get("unknown property"));

		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
		assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("unknown_property");
	}

	@Test
	void wrongTypeIsNamed() {
		ApiClient.Response response = owner.post(TestEndpoints.TYPED_BODY_PATH, INVALID.get("string for integer"));

		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("count");
		assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("invalid_type");
		assertThat(response.body()).doesNotContain("java.lang").doesNotContain("Integer");
	}

	@Test
	void devClockRejectsStringNumber() {
		ApiClient.Response response = owner.post("/api/v1/dev/clock", "{\"advanceSeconds\":\"5\"}");

		HeaderChecks.assertProblem(response, 400, "validation_failed");
	}

	@Test
	void devClockRejectsNegativeAdvance() {
		ApiClient.Response response = owner.post("/api/v1/dev/clock", "{\"advanceSeconds\":-1}");

		HeaderChecks.assertProblem(response, 400, "validation_failed");
	}

}
