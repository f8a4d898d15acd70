package com.pettoyou.hospitals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import com.pettoyou.identity.bootstrap.Administrators;
import com.pettoyou.support.Accounts;
import com.pettoyou.support.ApiClient;
import com.pettoyou.support.Database;
import com.pettoyou.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators register hospitals, and every signed-in account searches them. */
@IntegrationTest
class HospitalsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	ApiClient admin;

	ApiClient owner;

	/** A word that only this test's hospitals contain in their names. */
	String tag;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		admin = Administrators.aSignedInAdministrator(context, api);
		owner = api.withToken(Accounts.login(api, Accounts.aVerifiedOwner(api), Accounts.PASSWORD));
		tag = "Tag" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void adminCreatesAndOwnerReads() {
		ApiClient.Response created = admin.post("/api/v1/admin/hospitals",
				hospital("Seoul Paws " + tag, "서울특별시 마포구 월드컵로 1 (망원동)"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(Database.auditByActionAndResource("HOSPITAL_CREATED", id)).hasSize(1);

		ApiClient.Response read = owner.get("/api/v1/hospitals/" + id);

		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		JsonNode body = read.json();
		assertThat(body.get("name").asString()).isEqualTo("Seoul Paws " + tag);
		assertThat(body.get("district").asString()).isEqualTo("마포구");
		assertThat(body.get("roadAddress").asString()).isEqualTo("서울특별시 마포구 월드컵로 1 (망원동)");
		assertThat(body.get("status").asString()).isEqualTo("OPERATING");
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "name", "district", "roadAddress", "phone",
				"postalCode", "status");
	}

	@Test
	void duplicateNumberConflicts() {
		Map<String, Object> request = hospital("First " + tag, "서울특별시 중구 세종대로 110");
		assertThat(admin.post("/api/v1/admin/hospitals", request).status()).isEqualTo(201);
		String number = (String) request.get("businessRegistrationNumber");
		String hyphenated = number.substring(0, 3) + "-" + number.substring(3, 5) + "-" + number.substring(5);

		ApiClient.Response again = admin.post("/api/v1/admin/hospitals", Map.of("name", "Second " + tag,
				"businessRegistrationNumber", hyphenated, "address", "서울특별시 중구 세종대로 111"));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("conflict");
	}

	@Test
	void ownerCannotCreate() {
		ApiClient.Response response = owner.post("/api/v1/admin/hospitals",
				hospital("Owner " + tag, "서울특별시 중구 세종대로 110"));

		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
	}

	@Test
	void invalidRequestsRejectedByField() {
		ApiClient.Response noDistrict = admin.post("/api/v1/admin/hospitals",
				hospital("Nowhere " + tag, "somewhere without a district"));
		ApiClient.Response badNumber = admin.post("/api/v1/admin/hospitals",
				Map.of("name", "Bad " + tag, "businessRegistrationNumber", "12ab", "address", "서울특별시 중구 세종대로 110"));

		assertThat(fieldCodes(noDistrict)).containsExactly("address:district_missing");
		assertThat(fieldCodes(badNumber)).containsExactly("businessRegistrationNumber:pattern");
	}

	@Test
	void nameSearchIgnoresCase() {
		String first = create("Happy " + tag + " Clinic", "서울특별시 강남구 테헤란로 1");
		String second = create("HAPPY " + tag.toUpperCase() + " Center", "서울특별시 강남구 테헤란로 2");
		create("Sad " + tag, "서울특별시 강남구 테헤란로 3");

		List<String> found = ids(owner.get("/api/v1/hospitals?name=" + encode("happy " + tag.toLowerCase())));

		assertThat(found).containsExactlyInAnyOrder(first, second);
	}

	@Test
	void wildcardsMatchLiterally() {
		String percent = create(tag + " 100% Care", "서울특별시 강남구 테헤란로 1");
		create(tag + " 1000 Care", "서울특별시 강남구 테헤란로 2");
		String underscore = create(tag + " a_b", "서울특별시 강남구 테헤란로 3");
		create(tag + " axb", "서울특별시 강남구 테헤란로 4");

		assertThat(ids(owner.get("/api/v1/hospitals?name=" + encode(tag + " 100%")))).containsExactly(percent);
		assertThat(ids(owner.get("/api/v1/hospitals?name=" + encode(tag + " a_b")))).containsExactly(underscore);
		assertThat(ids(owner.get("/api/v1/hospitals?name=" + encode(tag + "%")))).isEmpty();
	}

	@Test
	void districtFilterNarrowsResults() {
		create(tag + " Gangnam", "서울특별시 강남구 테헤란로 1");
		String mapo = create(tag + " Mapo", "서울특별시 마포구 월드컵로 1");

		ApiClient.Response response = owner
			.get("/api/v1/hospitals?name=" + encode(tag) + "&district=" + encode("마포구") + "&size=5");

		assertThat(ids(response)).containsExactly(mapo);
		assertThat(response.json().get("total").asLong()).isEqualTo(1);
		assertThat(response.json().get("size").asInt()).isEqualTo(5);
	}

	@Test
	void unknownHospitalNotFound() {
		assertThat(owner.get("/api/v1/hospitals/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void searchNeedsSignIn() {
		assertThat(api.get("/api/v1/hospitals").status()).isEqualTo(401);
	}

	@Test
	void pageSizeOver100Rejected() {
		assertThat(owner.get("/api/v1/hospitals?size=101").status()).isEqualTo(400);
	}

	private String create(String name, String address) {
		ApiClient.Response created = admin.post("/api/v1/admin/hospitals", hospital(name, address));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * Returns a request with a random 18-digit number that the Seoul register does not
	 * use.
	 */
	private static Map<String, Object> hospital(String name, String address) {
		long digits = ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L);
		return Map.of("name", name, "businessRegistrationNumber", "9" + Long.toString(digits).substring(1), "address",
				address);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> ids(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.json().get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> fieldCodes(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		List<String> codes = new ArrayList<>();
		response.json()
			.get("errors")
			.forEach((error) -> codes.add(error.get("field").asString() + ":" + error.get("code").asString()));
		return codes;
	}

}
