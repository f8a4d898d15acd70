package com.pettoyou.pets;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import com.pettoyou.support.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners manage their own pets and get 403 on the pets of other owners. */
@IntegrationTest
class PetsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	ApiClient owner;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		owner = anOwner();
	}

	@Test
	void ownerCreatesReadsUpdatesAndDeletes() {
		ApiClient.Response created = owner.post("/api/v1/pets",
				Map.of("name", "  Bori ", "species", "DOG", "breed", " 진돗개 ", "birthDate", "2020-05-01"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("name").asString()).isEqualTo("Bori");
		assertThat(created.json().get("species").asString()).isEqualTo("DOG");
		assertThat(created.json().get("breed").asString()).isEqualTo("진돗개");
		assertThat(created.json().get("birthDate").asString()).isEqualTo("2020-05-01");
		assertThat(Database.auditByActionAndResource("PET_CREATED", id)).hasSize(1);

		ApiClient.Response read = owner.get("/api/v1/pets/" + id);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo("Bori");

		ApiClient.Response updated = owner.patch("/api/v1/pets/" + id, Map.of("name", "Bori II", "breed", "풍산개"));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo("Bori II");
		assertThat(updated.json().get("breed").asString()).isEqualTo("풍산개");
		assertThat(updated.json().get("birthDate").asString()).as("unchanged field").isEqualTo("2020-05-01");
		List<Database.AuditRow> updates = Database.auditByActionAndResource("PET_UPDATED", id);
		assertThat(updates).hasSize(1);
		assertThat(updates.get(0).details()).contains("name,breed");
		assertThat(updates.get(0).details()).doesNotContain("Bori");

		ApiClient.Response deleted = owner.delete("/api/v1/pets/" + id);
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		assertThat(Database.auditByActionAndResource("PET_DELETED", id)).hasSize(1);
		assertThat(owner.get("/api/v1/pets/" + id).status()).isEqualTo(404);
		assertThat(owner.patch("/api/v1/pets/" + id, Map.of("name", "Again")).status()).isEqualTo(404);
		assertThat(owner.delete("/api/v1/pets/" + id).status()).isEqualTo(404);
		Integer stored = Database.jdbc()
			.sql("SELECT count(*) FROM pet WHERE id = :id AND deleted_at IS NOT NULL")
			.param("id", UUID.fromString(id))
			.query(Integer.class)
			.single();
		assertThat(stored).as("soft-deleted row kept").isEqualTo(1);
	}

	@Test
	void otherOwnerGetsForbidden() {
		String id = createPet(owner, "Nabi", "CAT");
		ApiClient other = anOwner();

		ApiClient.Response read = other.get("/api/v1/pets/" + id);
		ApiClient.Response update = other.patch("/api/v1/pets/" + id, Map.of("name", "Stolen"));
		ApiClient.Response delete = other.delete("/api/v1/pets/" + id);

		for (ApiClient.Response response : List.of(read, update, delete)) {
			assertThat(response.status()).as(response.toString()).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
			List<Database.AuditRow> denials = Database.auditByCorrelationId(response.header("X-Request-Id"));
			assertThat(denials).extracting(Database.AuditRow::action).containsExactly("ACCESS_DENIED");
		}
		ApiClient.Response mine = owner.get("/api/v1/pets/" + id);
		assertThat(mine.json().get("name").asString()).as("name after foreign update").isEqualTo("Nabi");
	}

	@Test
	void unknownPetNotFound() {
		ApiClient.Response response = owner.get("/api/v1/pets/" + UUID.randomUUID());

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
	}

	@Test
	void listShowsOnlyOwnLivePets() {
		String first = createPet(owner, "One", "DOG");
		String second = createPet(owner, "Two", "CAT");
		String third = createPet(owner, "Three", "OTHER");
		assertThat(owner.delete("/api/v1/pets/" + second).status()).isEqualTo(204);
		ApiClient other = anOwner();
		createPet(other, "Foreign", "DOG");

		ApiClient.Response list = owner.get("/api/v1/pets");

		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(ids(list.json().get("items"))).containsExactly(first, third);
		assertThat(list.json().get("total").asLong()).isEqualTo(2);
		assertThat(list.json().get("page").asInt()).isEqualTo(0);
		assertThat(list.json().get("size").asInt()).isEqualTo(20);
	}

	@Test
	void listPagesInCreationOrder() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			created.add(createPet(owner, "Pet " + i, "OTHER"));
		}

		ApiClient.Response second = owner.get("/api/v1/pets?page=1&size=2");

		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		assertThat(ids(second.json().get("items"))).containsExactly(created.get(2));
		assertThat(second.json().get("total").asLong()).isEqualTo(3);
	}

	@Test
	void pageSizeOver100Rejected() {
		assertThat(owner.get("/api/v1/pets?size=101").status()).isEqualTo(400);
		assertThat(owner.get("/api/v1/pets?page=-1").status()).isEqualTo(400);
		assertThat(owner.get("/api/v1/pets?size=0").status()).isEqualTo(400);
	}

	@Test
	void invalidFieldsRejectedByName() {
		String tomorrowInSeoul = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(2).toString();
		Map<String, List<String>> cases = new HashMap<>();
		cases.put("breed", fieldCodes(
				owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG", "breed", "Not a breed"))));
		cases.put("catBreed",
				fieldCodes(owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "CAT", "breed", "진돗개"))));
		cases.put("birthDate", fieldCodes(
				owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG", "birthDate", tomorrowInSeoul))));
		cases.put("name", fieldCodes(owner.post("/api/v1/pets", Map.of("name", "x".repeat(51), "species", "DOG"))));
		cases.put("control", fieldCodes(owner.post("/api/v1/pets", Map.of("name", "Bo\u0000ri", "species", "DOG"))));
		cases.put("otherBreed", fieldCodes(
				owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "OTHER", "breed", "y".repeat(51)))));
		cases.put("unknown", fieldCodes(
				owner.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG", "ownerId", UUID.randomUUID()))));

		assertThat(cases.get("breed")).containsExactly("breed:unknown_breed");
		assertThat(cases.get("catBreed")).containsExactly("breed:unknown_breed");
		assertThat(cases.get("birthDate")).containsExactly("birthDate:future");
		assertThat(cases.get("name")).containsExactly("name:size");
		assertThat(cases.get("control")).containsExactly("name:pattern");
		assertThat(cases.get("otherBreed")).containsExactly("breed:size");
		assertThat(cases.get("unknown")).containsExactly("ownerId:unknown_property");
	}

	@Test
	void otherSpeciesTakesFreeTextBreed() {
		ApiClient.Response created = owner.post("/api/v1/pets",
				Map.of("name", "Toto", "species", "OTHER", "breed", "Holland Lop rabbit"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("breed").asString()).isEqualTo("Holland Lop rabbit");
	}

	@Test
	void updateChecksBreedAndDate() {
		String id = createPet(owner, "Nabi", "CAT");

		ApiClient.Response breed = owner.patch("/api/v1/pets/" + id, Map.of("breed", "진돗개"));
		ApiClient.Response date = owner.patch("/api/v1/pets/" + id, Map.of("birthDate", "2999-01-01"));
		ApiClient.Response species = owner.patch("/api/v1/pets/" + id, Map.of("species", "DOG"));

		assertThat(fieldCodes(breed)).containsExactly("breed:unknown_breed");
		assertThat(fieldCodes(date)).containsExactly("birthDate:future");
		assertThat(fieldCodes(species)).containsExactly("species:unknown_property");
	}

	@Test
	void breedListServedPerSpecies() {
		ApiClient.Response dogs = owner.get("/api/v1/pets/breeds?species=DOG");
		ApiClient.Response cats = owner.get("/api/v1/pets/breeds?species=CAT");

		assertThat(dogs.status()).as(dogs.toString()).isEqualTo(200);
		assertThat(names(dogs.json().get("breeds"))).contains("진돗개", "골든 리트리버").doesNotContain("러시안 블루");
		assertThat(names(cats.json().get("breeds"))).contains("러시안 블루", "코리안 숏헤어");
	}

	@Test
	void nonOwnerRolesCannotCreatePets() {
		ApiClient admin = Administrators.aSignedInAdministrator(context, api);
		ApiClient staff = aHospitalStaffMember(admin);

		for (ApiClient caller : List.of(admin, staff)) {
			ApiClient.Response response = caller.post("/api/v1/pets", Map.of("name", "Bori", "species", "DOG"));
			assertThat(response.status()).as(response.toString()).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
		}
	}

	private ApiClient anOwner() {
		String email = Accounts.aVerifiedOwner(api);
		return api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
	}

	private ApiClient aHospitalStaffMember(ApiClient admin) {
		String registrationNumber = "7"
				+ ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L);
		ApiClient.Response hospital = admin.post("/api/v1/admin/hospitals", Map.of("name", "Bori Animal Clinic",
				"businessRegistrationNumber", registrationNumber, "address", "서울특별시 종로구 세종대로 1"));
		assertThat(hospital.status()).as(hospital.toString()).isEqualTo(201);
		String email = "staff-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
		ApiClient.Response created = admin.post("/api/v1/admin/accounts", Map.of("email", email, "name", "Staff",
				"role", "HOSPITAL_STAFF", "hospitalId", hospital.json().get("id").asString()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String token = Outbox.latestToken(email, "account");
		assertThat(api.post("/api/v1/auth/password/reset", Map.of("token", token, "newPassword", Accounts.PASSWORD))
			.status()).isEqualTo(204);
		return api.withToken(Accounts.login(api, email, Accounts.PASSWORD));
	}

	private static String createPet(ApiClient client, String name, String species) {
		ApiClient.Response created = client.post("/api/v1/pets", Map.of("name", name, "species", species));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach((item) -> names.add(item.asString()));
		return names;
	}

	/** Returns each field error of a 400 response as {@code field:code}. */
	private static List<String> fieldCodes(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		List<String> codes = new ArrayList<>();
		response.json()
			.get("errors")
			.forEach((error) -> codes.add(error.get("field").asString() + ":" + error.get("code").asString()));
		return codes;
	}

}
