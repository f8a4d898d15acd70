package com.pettoyou.insurance;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixtures that create owners, pets, policies and operators through the public API. */
public final class InsuranceFixtures {

	/** Monthly premium 19,900 won, 30 days' waiting period. */
	public static final String BASIC = "Basic Care 50";

	/** Monthly premium 39,800 won, 30 days' waiting period. */
	public static final String STANDARD = "Standard Care 70";

	/** Monthly premium 24,900 won, 90 days' waiting period. */
	public static final String DENTAL = "Dental and Chronic Care 70";

	private InsuranceFixtures() {
	}

	/** Registers and signs in a verified owner. */
	public static ApiClient anOwner(ApiClient api) {
		String email = Accounts.aVerifiedOwner(api);
		return api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
	}

	/** Creates a dog for the owner and returns its id. */
	public static String aPet(ApiClient owner) {
		ApiClient.Response created = owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** Returns the id of the catalogue product with this name. */
	public static String productId(ApiClient signedIn, String name) {
		ApiClient.Response products = signedIn.get("/api/v1/insurance/products");
		assertThat(products.status()).as(products.toString()).isEqualTo(200);
		for (JsonNode product : products.json().get("items")) {
			if (product.get("name").asString().equals(name)) {
				return product.get("id").asString();
			}
		}
		throw new AssertionError("No product is named " + name);
	}

	/**
	 * Enrols a new pet of the owner in the product and returns the pending policy's id.
	 */
	public static String aPolicy(ApiClient owner, String productName) {
		ApiClient.Response enrolled = owner.post("/api/v1/insurance/policies",
				Map.of("petId", aPet(owner), "productId", productId(owner, productName)));
		assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
		return enrolled.json().get("id").asString();
	}

	/** Returns the owner's policy with this id as listed by the API. */
	public static JsonNode policy(ApiClient owner, String policyId) {
		ApiClient.Response listed = owner.get("/api/v1/insurance/policies?size=100");
		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		for (JsonNode policy : listed.json().get("items")) {
			if (policy.get("id").asString().equals(policyId)) {
				return policy;
			}
		}
		throw new AssertionError("The owner has no policy " + policyId);
	}

	/**
	 * Creates an account with this role through a platform administrator, sets its
	 * password through the reset link and signs it in.
	 */
	public static ApiClient aSignedInAccount(ApplicationContext context, ApiClient api, String role) {
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);
		String email = "staff-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		ApiClient.Response created = admin.post("/api/v1/admin/accounts",
				Map.of("email", email, "name", "Test Staff", "role", role));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String password = "staff passphrase for tests";
		ApiClient.Response reset = api.post("/api/v1/auth/password/reset",
				Map.of("token", Outbox.latestToken(email, "account"), "newPassword", password));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		return api.withToken(Accounts.login(api, email, password));
	}

	/** Returns a signed-in finance operator, whose role has {@code manage:payments}. */
	public static ApiClient aFinanceOperator(ApplicationContext context, ApiClient api) {
		return aSignedInAccount(context, api, "FINANCE_OPERATOR");
	}

}
