package com.pettoyou.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query parameters that a handler does not declare, sorting ones included, are refused
 * with 400 naming the parameter.
 */
@IntegrationTest
class QueryParametersTest {

	@LocalServerPort
	int port;

	ApiClient owner;

	@BeforeEach
	void setUp() {
		ApiClient api = new ApiClient(port);
		owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));
	}

	@Test
	void sortingParametersRejected() {
		for (String query : List.of("sort=name", "order=desc", "direction=asc", "sort=name;drop", "orderBy=id")) {
			ApiClient.Response pets = owner.get("/api/v1/pets?" + query);
			ApiClient.Response hospitals = owner.get("/api/v1/hospitals?name=a&" + query);

			for (ApiClient.Response response : List.of(pets, hospitals)) {
				assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
				assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
				assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("unknown_parameter");
			}
		}
	}

	@Test
	void declaredParametersAccepted() {
		assertThat(owner.get("/api/v1/pets?page=0&size=5").status()).isEqualTo(200);
		assertThat(owner.get("/api/v1/hospitals?name=%25_&district=x&page=0&size=5").status()).isEqualTo(200);
		assertThat(owner.get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void parameterOnEndpointWithoutParametersRejected() {
		ApiClient.Response response = owner.get("/api/v1/me?debug=true");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("debug");
	}

	@Test
	void healthEndpointKeepsItsOwnRules() {
		assertThat(new ApiClient(port).get("/actuator/health?x=1").status()).isEqualTo(200);
	}

}
